"""questions.extra: the mapping a question file carries for tools

A question's `extra` (a Moodle id, GIFT partial-credit weights ...) was read from files and
dropped on the way into the database, so an export lost it. Rows already stored get an empty
mapping: what they had is gone.

Revision ID: a3f5c7e9b1d2
Revises: 5c1f0a9d7e21
Create Date: 2026-12-01 20:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'a3f5c7e9b1d2'
down_revision = '5c1f0a9d7e21'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extra', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('extra')
