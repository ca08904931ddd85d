"""imported sets have no article

A set imported from GIFT or CSV kept the file itself as its article, and the article page
showed it to students: the file is the answer key. Sets now say whether they have an
article. Existing sets whose article is an imported file (it reads back as a GIFT or CSV
file holding the set's own questions) are marked as having none.

Revision ID: 5c1e0a7d2b94
Revises: 5c1d2e7a9b30
Create Date: 2026-12-01 17:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c1e0a7d2b94'
down_revision = '5c1d2e7a9b30'
branch_labels = None
depends_on = None


def upgrade():
    # A plain ADD COLUMN, not a batch copy of the table: on SQLite, with foreign keys on,
    # dropping the old copy of question_sets would delete every question by cascade.
    op.add_column(
        'question_sets',
        sa.Column('has_article', sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    connection = op.get_bind()
    sets = sa.table(
        'question_sets',
        sa.column('id', sa.Integer),
        sa.column('article', sa.Text),
        sa.column('has_article', sa.Boolean),
    )
    questions = sa.table('questions', sa.column('set_id', sa.Integer), sa.column('key', sa.String))
    for set_id, article in connection.execute(sa.select(sets.c.id, sets.c.article)).all():
        keys = set(connection.scalars(sa.select(questions.c.key).where(questions.c.set_id == set_id)))
        if _is_imported_file(article, keys):
            connection.execute(
                sets.update().where(sets.c.id == set_id).values(has_article=sa.false())
            )


def _is_imported_file(article, keys):
    """Whether `article` parses, without a problem, as a GIFT or CSV file of the set's own
    questions: an article in prose does neither."""
    from studyapp.domain.formats import csv_format, gift_read
    from studyapp.domain.question_files import QuestionFileError

    for parse, name in ((gift_read.parse, 'set.gift'), (csv_format.parse, 'set.csv')):
        try:
            parsed = parse(article, name, 'imported', None)
        except QuestionFileError:
            continue
        except ImportError:  # a file format that has moved on since: leave the set as it is
            continue
        ids = {question.id for question in parsed.questions}
        if ids and ids <= keys:
            return True
    return False


def downgrade():
    # DROP COLUMN (SQLite 3.35 and later) for the same reason as the ADD COLUMN above.
    op.execute('ALTER TABLE question_sets DROP COLUMN has_article')
