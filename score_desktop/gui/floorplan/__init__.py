"""The floor-plan editor: scene (projection of a PlanDocument), view, items, tools, panels."""
