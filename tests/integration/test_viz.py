"""`kg viz` and the view it draws, on the Stanza-built seeds, without a browser.

The checks of tests/unit/view/test_model.py and test_viz.py, collected again on the Stanza-built seeds (see conftest.py)."""

from __future__ import annotations

from tests.unit.view.test_model import (  # noqa: F401  (collected again here, on the Stanza-built seeds)
    test_asserted_links_are_the_graph_shortcut_edges,
    test_date_range_keeps_events_that_overlap_it,
    test_ego_view_keeps_the_entity_and_its_neighbours,
    test_local_ids,
    test_negated_events_draw_nothing_planned_draw_dashed,
    test_the_same_view_on_both_engines,
    view,
)
from tests.unit.view.test_viz import (  # noqa: F401  (collected again here, on the Stanza-built seeds)
    test_build_page_is_kg_viz_page,
    test_kg_viz_errors_are_one_line,
    test_kg_viz_missing_graph,
    test_kg_viz_reports_and_narrows,
    test_same_graph_same_page_on_both_engines,
)

