"""answer version of reviews and quiz answers

Each review, taken-back review and quiz answer records the answer version of its question it was given on, so
that item analysis counts only attempts on the current answer (a corrected key starts the
count again), and the first review after a reset counts as a new card's.

Rows already stored get a version only where it is certain: every answer to a question never
changed (version 1) was on version 1. The others stay NULL, "not known".

Revision ID: 5c1f0a9d7e21
Revises: b7d3f1e8a2c6
Create Date: 2026-12-01 17:45:00

"""
from alembic import op
import sqlalchemy as sa


revision = '5c1f0a9d7e21'
down_revision = 'b7d3f1e8a2c6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answer_version', sa.Integer(), nullable=True))
    with op.batch_alter_table('quiz_answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answer_version', sa.Integer(), nullable=True))
    with op.batch_alter_table('taken_back_reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answer_version', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE reviews SET answer_version = 1 WHERE card_id IN "
        "(SELECT id FROM cards WHERE answer_version = 1)"
    )
    op.execute(
        "UPDATE quiz_answers SET answer_version = 1 WHERE question_id IN "
        "(SELECT id FROM questions WHERE answer_version = 1)"
    )


def downgrade():
    with op.batch_alter_table('taken_back_reviews', schema=None) as batch_op:
        batch_op.drop_column('answer_version')
    with op.batch_alter_table('quiz_answers', schema=None) as batch_op:
        batch_op.drop_column('answer_version')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_column('answer_version')
