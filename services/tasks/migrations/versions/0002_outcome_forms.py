"""Outcomes declare their variables as a form: a recorded outcome's `required_variables`
becomes the `variables_schema` that requires them (a task recorded before then reads as one
recorded now).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_AS_FORM = """
UPDATE tasks SET outcomes = (
    SELECT jsonb_agg(
        (outcome - 'required_variables') || jsonb_build_object(
            'variables_schema',
            jsonb_build_object('type', 'object', 'required', outcome -> 'required_variables')
        )
        ORDER BY position
    )
    FROM jsonb_array_elements(outcomes) WITH ORDINALITY AS listed(outcome, position)
)
WHERE jsonb_path_exists(outcomes, '$[*].required_variables')
"""

_AS_LIST = """
UPDATE tasks SET outcomes = (
    SELECT jsonb_agg(
        (outcome - 'variables_schema' - 'title' - 'description') || jsonb_build_object(
            'required_variables',
            coalesce(outcome -> 'variables_schema' -> 'required', '[]'::jsonb)
        )
        ORDER BY position
    )
    FROM jsonb_array_elements(outcomes) WITH ORDINALITY AS listed(outcome, position)
)
WHERE jsonb_path_exists(outcomes, '$[*].variables_schema')
"""


def upgrade() -> None:
    op.execute(_AS_FORM)


def downgrade() -> None:
    op.execute(_AS_LIST)
