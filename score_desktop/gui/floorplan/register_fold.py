"""The hazard register under a plan folds away to a labelled handle on a short screen.

At 1,024 × 700 the plan was about 240 pixels tall above a register of five rows and its
matrix. An editor shorter than `COMPACT_EDITOR_PX` opens with the register folded (unless
the user's own split was stored); the handle says what is folded there, and a double-click
on it, a drag, or View ▸ Show hazard register (Shift+R) opens it at a height that shows its
rows and its whole matrix. What the user does is kept like any split.
"""

from PySide6.QtCore import QCoreApplication, QTimer

COMPACT_EDITOR_PX = 620  # a plan's tab: 560-600 pixels at 1,024 × 700, 630-670 at 1,366 × 768


def follow_register_fold(editor) -> None:
    """Label the register's handle and keep the View menu's check in step with the fold."""
    split = editor.splitters[1]
    action = editor.actions_by_name["register_shown"]

    def show_fold(folded: bool) -> None:
        arrow = "▲" if folded else "▼"
        name = QCoreApplication.translate("RegisterFold", "Hazard register")
        tip = QCoreApplication.translate(
            "RegisterFold",
            "Drag to resize; double-click to fold the hazard register away or show it",
        )
        split.set_label(f"{arrow} {name} {arrow}", f"{tip} (Shift+R)")
        action.setChecked(not folded)
        view = editor.view
        if view.fitted_zoom == view.transform().m11():
            # the plan was fitted and not zoomed since: fit it to its new height (opened,
            # the register left the plan under the scale bar), once the split has settled
            QTimer.singleShot(0, view.fit_to_plan)

    split.folded_changed.connect(show_fold)
    show_fold(split.is_folded())


def fold_register_on_a_short_screen(editor) -> None:
    """On the editor's first show: fold the register if the plan would be left too little
    height and the user has no stored split of their own."""
    if not editor.split_restored and editor.height() < COMPACT_EDITOR_PX:
        editor.splitters[1].set_folded(True, as_user=False)
