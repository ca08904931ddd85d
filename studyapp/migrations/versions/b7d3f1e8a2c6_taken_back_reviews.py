"""taken-back reviews

Undo deleted the review it took back, and with it the student's first attempt at the
question: answering, reading the answer, undoing and answering again made a wrong first
attempt a right one in the teacher's item analysis. A taken-back review is now kept.

Revision ID: b7d3f1e8a2c6
Revises: 5c1e0a7d2b94
Create Date: 2026-12-01 17:45:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7d3f1e8a2c6'
down_revision = '5c1e0a7d2b94'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('taken_back_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('taken_back_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('taken_back_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_taken_back_reviews_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('taken_back_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_taken_back_reviews_user_id'))

    op.drop_table('taken_back_reviews')
