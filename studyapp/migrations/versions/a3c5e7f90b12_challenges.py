"""challenges of a marking

Revision ID: a3c5e7f90b12
Revises: a3f5c7e9b1d2
Create Date: 2026-12-01 20:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3c5e7f90b12'
down_revision = 'a3f5c7e9b1d2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('challenges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.Column('quiz_answer_id', sa.Integer(), nullable=True),
    sa.Column('response', sa.JSON(), nullable=False),
    sa.Column('answer_version', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reply', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['quiz_answer_id'], ['quiz_answers.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quiz_answer_id'),
    sa.UniqueConstraint('review_id')
    )
    with op.batch_alter_table('challenges', schema=None) as batch_op:
        batch_op.create_index('ix_challenges_question_status', ['question_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_challenges_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('challenges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_challenges_user_id'))
        batch_op.drop_index('ix_challenges_question_status')

    op.drop_table('challenges')
