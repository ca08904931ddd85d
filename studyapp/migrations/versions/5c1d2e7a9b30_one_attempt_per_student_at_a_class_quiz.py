"""one attempt per student at a class quiz

Simultaneous starts of one class quiz each passed the check for an earlier attempt and
stored one attempt apiece. Any such extra attempts already stored are kept as personal
quizzes (their class quiz is unset), the first stays the class quiz's, and the database now
refuses a second.

Revision ID: 5c1d2e7a9b30
Revises: d9e3f4051627
Create Date: 2026-12-01 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c1d2e7a9b30'
down_revision = 'd9e3f4051627'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text(
        "UPDATE quiz_attempts SET class_quiz_id = NULL"
        " WHERE class_quiz_id IS NOT NULL AND id NOT IN ("
        "  SELECT first_id FROM ("
        "   SELECT MIN(id) AS first_id FROM quiz_attempts"
        "   WHERE class_quiz_id IS NOT NULL GROUP BY user_id, class_quiz_id"
        "  ) AS firsts"
        " )"
    ))
    with op.batch_alter_table('quiz_attempts', schema=None) as batch_op:
        batch_op.create_unique_constraint(
            'uq_quiz_attempts_user_class_quiz', ['user_id', 'class_quiz_id']
        )


def downgrade():
    with op.batch_alter_table('quiz_attempts', schema=None) as batch_op:
        batch_op.drop_constraint('uq_quiz_attempts_user_class_quiz', type_='unique')
