"""exam dates: a teacher's on an assignment, a student's own on a set

Revision ID: e1a2b3c4d5f6
Revises: f1a2b3c4d5e6
Create Date: 2026-12-01 20:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e1a2b3c4d5f6'
down_revision = 'f1a2b3c4d5e6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exam_on', sa.Date(), nullable=True))
    op.create_table(
        'student_exams',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('set_id', sa.Integer(), nullable=False),
        sa.Column('exam_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['set_id'], ['question_sets.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'set_id'),
    )


def downgrade():
    op.drop_table('student_exams')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_column('exam_on')
