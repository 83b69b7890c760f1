"""The clinic desk window: the client list, and a client's page.

A receptionist's path is: Ctrl+F, type part of a name or phone number, Enter.
The list and the client page share one window (a stack) so there is never a
second window to lose behind the first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smpdesk import __version__
from smpdesk.app import clients as client_cases
from smpdesk.app import protection
from smpdesk.app.access import may
from smpdesk.app.clinic import SQLITE_ERRORS, Clinic, backups_folder, load_settings
from smpdesk.domain.staff import ROLE_NAMES, Role, Staff
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.clients.client_list_model import COLUMNS, ClientListModel, header_model
from smpdesk.gui.dates import format_stamp
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation, OperationRunner
from smpdesk.gui.widgets.screen_fit import remember_geometry
from smpdesk.gui.words.core_labels import core_word

# PySide6's ``Qt`` namespace is imported where it is used, never at the top: its first
# use builds all its enums (about 17 ms), which the first paint of the list does without
# (see smpdesk.gui.clients.client_list_model).
if TYPE_CHECKING:
    from smpdesk.app.backups import BackupResult, CloseBackup
    from smpdesk.gui.access.lock import LockController
    from smpdesk.gui.clients.client_page import ClientPage
    from smpdesk.gui.photos.photos_tab import PhotosTab
    from smpdesk.gui.questionnaires.flags_panel import FlagsPanel
    from smpdesk.gui.questionnaires.questionnaires_tab import QuestionnairesTab
    from smpdesk.gui.sessions.follow_ups_view import FollowUpsView
    from smpdesk.gui.sessions.timeline_tab import TimelineTab
    from smpdesk.gui.sessions.visits_tab import VisitsTab

ARCHIVE_FILTERS = [
    ("active", QT_TRANSLATE_NOOP("main_window", "Active clients")),
    ("archived", QT_TRANSLATE_NOOP("main_window", "Archived clients")),
    ("all", QT_TRANSLATE_NOOP("main_window", "All clients")),
]


def _action_banner(
    name: str,
    background: str,
    text: str,
    button: tuple[str, str, Callable[[], object]],
    *,
    text_colour: str = "",
) -> QWidget:
    """A tinted strip above the list: one sentence and the button that deals with it."""
    banner = QWidget()
    banner.setObjectName(name)
    banner.setStyleSheet(f"#{name} {{ background: {background}; border-radius: 4px; }}")
    label = QLabel(text)
    label.setWordWrap(True)
    if text_colour:
        label.setStyleSheet(f"color: {text_colour};")
    button_name, button_text, slot = button
    push = QPushButton(button_text)
    push.setObjectName(button_name)
    push.clicked.connect(slot)
    row = QHBoxLayout(banner)
    row.setContentsMargins(8, 4, 8, 4)
    row.addWidget(label, 1)
    row.addWidget(push)
    return banner


def _backups() -> ModuleType:
    """Backups' use cases, imported at the first backup or backup label, which start-up
    leaves until the list has painted."""
    from smpdesk.app import backups

    return backups


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Clinic,
        db_path: Path | None = None,
        *,
        demo: bool = False,
        auto_backup: bool = False,
        count_after_paint: bool = False,
    ) -> None:
        """``count_after_paint``: the clients are counted once the list has painted
        (counting every client reads a whole index: tens of milliseconds from a cold
        disk at 100,000 clients, which the first paint need not wait for)."""
        super().__init__()
        # The clinic handle every page shares; a restore reopens it in place.
        self.db = db
        self.db_path = db.path if db_path is None else Path(db_path)
        self.demo = demo
        self.auto_backup = auto_backup and not demo
        # What changed, said once for every screen; and the one door to worker threads.
        self.changes = Changes(self)
        self.changes.client_changed.connect(self._client_changed)
        self.changes.database_replaced.connect(self._database_replaced)
        self.operations = OperationRunner(self, db)
        self._backup: Operation | None = None
        self.setObjectName("main_window")
        title = self.tr("Demo clinic (temporary)") if demo else self.db_path.name
        self.setWindowTitle(f"smpdesk — {title}")
        # Sized to the screen (taskbar excluded), then as the user last left it.
        self._show_maximised = remember_geometry(
            self, "main_window", 1440, 920, apply_maximised=False
        )

        self.model = ClientListModel(db, self)
        self._build_central()
        self.lock: LockController | None = None
        self._build_menus()
        if db.staff is not None:
            self._start_locking()

        if count_after_paint:
            from smpdesk.gui.widgets.first_paint import AfterFirstPaint

            AfterFirstPaint(self, self._update_count)
            AfterFirstPaint(self, self._enable_sorting)
        else:
            self._update_count()
            self._enable_sorting()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_label")
        if not demo:
            self.statusBar().addPermanentWidget(self.backup_label)
            if count_after_paint:  # listing the backups folder can wait for the list
                AfterFirstPaint(self, self.update_backup_label)
            else:
                self.update_backup_label()
        self.settings_warning_label = QLabel()
        self.settings_warning_label.setObjectName("settings_warning_label")
        self.settings_warning_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        # Wrapped: a long sentence takes two lines rather than widening the window.
        self.settings_warning_label.setWordWrap(True)
        self.settings_warning_label.hide()
        self.show_settings_warnings()
        if self.auto_backup:
            # At least daily while it runs (a laptop left on for days).
            self._backup_timer = QTimer(self)
            self._backup_timer.timeout.connect(lambda: self.back_up_if_due())
            self._backup_timer.start(60 * 60 * 1000)

    def _build_central(self) -> None:
        """The list, the banners and the stack the pages live in; built again, in the new
        language, when the language changes (:meth:`retranslate`)."""
        self.stack = QStackedWidget()
        self.list_page = self._build_list_page()
        self._client_page: ClientPage | None = None  # built when first needed
        # Built on first use: start-up shows the client list and nothing else.
        self._timeline: TimelineTab | None = None
        self._photos_tab: PhotosTab | None = None
        self._questionnaires_tab: QuestionnairesTab | None = None
        self._flags_panel: FlagsPanel | None = None
        self._follow_ups_view: FollowUpsView | None = None
        self._visits_tab: VisitsTab | None = None
        self._tabs_built = False
        self.stack.addWidget(self.list_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        if self.demo:
            banner = QLabel(
                self.tr(
                    "Demo clinic: every client here is invented and the file is deleted "
                    "when you close smpdesk."
                )
            )
            banner.setObjectName("demo_banner")
            banner.setStyleSheet(
                "background: #e8f1fb; color: #0b3a66; padding: 6px; border-radius: 4px;"
            )
            layout.addWidget(banner)
        self.protection_banner = self._build_protection_banner()
        layout.addWidget(self.protection_banner)
        self.plain_copy_banner = self._build_plain_copy_banner()
        layout.addWidget(self.plain_copy_banner)
        layout.addWidget(self.stack)
        self.setCentralWidget(central)

    def _build_plain_copy_banner(self) -> QWidget:
        """After protecting, the plain copy waits beside the file until the owner erases it."""
        return _action_banner(
            "plain_copy_banner",
            "#fff3cd",
            self.tr(
                "The clinic file as it was before protecting is still beside it, unencrypted. "
                "Once you have checked your clients are all here, erase it."
            ),
            ("erase_plain_copy", self.tr("Erase the unprotected copy"), self.erase_plain_copy),
        )

    def _show_plain_copy_banner(self) -> None:
        staff = self.db.staff
        owner = staff is not None and staff.role is Role.OWNER
        self.plain_copy_banner.setVisible(
            owner and protection.plain_copy_path(self.db_path).exists()
        )

    def erase_plain_copy(self) -> None:
        try:
            protection.erase_plain_copy(self.db_path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not erased"), str(exc))
            return
        self._show_plain_copy_banner()
        self.statusBar().showMessage(self.tr("The unprotected copy was erased."), 8000)

    def _build_protection_banner(self) -> QWidget:
        """On a clinic not protected yet: say what that means and offer to protect it."""
        banner = _action_banner(
            "protection_banner",
            "#fdecea",
            self.tr(
                "This clinic is not protected: anyone who opens this laptop, or copies the "
                "clinic file or a backup, can read every record."
            ),
            ("protect_button", self.tr("Protect this clinic…"), self.protect_clinic),
            text_colour="#7a1f12",
        )
        banner.setVisible(self.db.staff is None and self.db.key is None and not self.demo)
        return banner

    # -- pages built on first use ------------------------------------------
    @property
    def clinical(self) -> bool:
        """Does the signed-in person see treatment details, medical answers and photos?"""
        return may(self.db, "sessions.client_sessions")

    def _build_client_tabs(self) -> None:
        self._tabs_built = True
        if not self.clinical:
            self._build_reception_tabs()
            return
        from smpdesk.gui.photos.photos_tab import PhotosTab
        from smpdesk.gui.questionnaires.flags_panel import FlagsPanel
        from smpdesk.gui.questionnaires.questionnaires_tab import QuestionnairesTab
        from smpdesk.gui.sessions.timeline_tab import TimelineTab

        # Each tab follows the hub itself: no tab is wired to another.
        self._timeline = TimelineTab(self.db, changes=self.changes)
        self._timeline.aftercare_requested.connect(self.open_aftercare)
        self.client_page.add_tab(self._timeline, self.tr("Timeline"))
        self._flags_panel = FlagsPanel(self.db, changes=self.changes)
        self.client_page.add_banner(self._flags_panel)
        self._questionnaires_tab = QuestionnairesTab(self.db, changes=self.changes)
        self.client_page.add_tab(self._questionnaires_tab, self.tr("Questionnaires"))
        self._photos_tab = PhotosTab(self.db, changes=self.changes)
        self.client_page.add_tab(self._photos_tab, self.tr("Photos"))
        from smpdesk.gui.sessions.patch_test_dialog import PatchTestsTab  # issue 16 (H7)

        self.patch_tests_tab = PatchTestsTab(self.db, changes=self.changes)
        self.client_page.add_tab(self.patch_tests_tab, self.tr("Patch tests"))
        from smpdesk.gui.designs.design_tab import DesignTab  # issue 17 (H4B)

        self.design_tab = DesignTab(self.db, changes=self.changes)
        self.client_page.add_tab(self.design_tab, self.tr("Design"))
        from smpdesk.gui.plans.plan_tab import PlanTab  # issue 18 (Q3)

        self.plan_tab = PlanTab(self.db, changes=self.changes)
        self.client_page.add_tab(self.plan_tab, self.tr("Plan"))
        self._add_payments_tab()  # issue 18 (P4)
        self.client_page.tabs.setCurrentWidget(self._timeline)

    def _build_reception_tabs(self) -> None:
        """Reception: visits and bookings, form statuses, one caution line; nothing clinical.

        The clinical tabs are not built at all, so nothing of theirs is queried.
        """
        from smpdesk.gui.sessions.visits_tab import CautionBanner, VisitsTab

        self._visits_tab = VisitsTab(self.db, changes=self.changes)
        self._visits_tab.aftercare_requested.connect(self.open_aftercare)
        self._visits_tab.handed_back.connect(self._practitioner_took_over)
        self.client_page.add_tab(self._visits_tab, self.tr("Visits"))
        self.client_page.add_banner(CautionBanner(self.db))
        from smpdesk.gui.sessions.patch_test_dialog import PatchTestDatesLine  # issue 16 (H7)

        self.client_page.add_banner(PatchTestDatesLine(self.db))
        from smpdesk.gui.designs.design_tab import DesignExistsLine  # issue 17 (H4B)

        self.client_page.add_banner(DesignExistsLine(self.db))
        self._add_payments_tab()  # issue 18 (P4): taking money is reception's job too
        self.client_page.tabs.setCurrentWidget(self._visits_tab)

    def _add_payments_tab(self) -> None:
        """Issue 18 (P4): the Payments tab, for every role (money only, nothing clinical)."""
        from smpdesk.gui.payments.payments_tab import PaymentsTab

        self.payments_tab = PaymentsTab(self.db, changes=self.changes)
        self.client_page.add_tab(self.payments_tab, self.tr("Payments"))

    def _drop_client_tabs(self) -> None:
        """Another person signed in: the next client page is built for their role."""
        self.client_page.remove_features()
        self._timeline = self._photos_tab = self._questionnaires_tab = None
        self._flags_panel = self._visits_tab = None
        self._tabs_built = False

    @property
    def timeline(self) -> TimelineTab:
        if not self._tabs_built:
            self._build_client_tabs()
        assert self._timeline is not None, "a clinical tab, not built for this role"
        return self._timeline

    @property
    def flags_panel(self) -> FlagsPanel:
        if not self._tabs_built:
            self._build_client_tabs()
        assert self._flags_panel is not None, "a clinical tab, not built for this role"
        return self._flags_panel

    @property
    def questionnaires_tab(self) -> QuestionnairesTab:
        if not self._tabs_built:
            self._build_client_tabs()
        assert self._questionnaires_tab is not None, "a clinical tab, not built for this role"
        return self._questionnaires_tab

    @property
    def photos_tab(self) -> PhotosTab:
        if not self._tabs_built:
            self._build_client_tabs()
        assert self._photos_tab is not None, "a clinical tab, not built for this role"
        return self._photos_tab

    @property
    def follow_ups_view(self) -> FollowUpsView:
        if self._follow_ups_view is None:
            from smpdesk.gui.sessions.follow_ups_view import FollowUpsView

            self._follow_ups_view = FollowUpsView(self.db)
            self._follow_ups_view.client_requested.connect(self.open_client)
            self._follow_ups_view.back_requested.connect(self.show_list)
            self.stack.addWidget(self._follow_ups_view)
        return self._follow_ups_view

    # -- building -----------------------------------------------------------
    def _build_list_page(self) -> QWidget:
        page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(
            self.tr("Search by name, phone, email or client number  (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_changed)
        self.search_box.installEventFilter(self)

        self.archive_filter = QComboBox()
        self.archive_filter.setObjectName("archive_filter")
        for key, label in ARCHIVE_FILTERS:
            self.archive_filter.addItem(translate("main_window", label), key)
        self.archive_filter.currentIndexChanged.connect(self._filter_changed)

        self.new_button = QPushButton(self.tr("New client…"))
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_client())
        self.aftercare_button = QPushButton(self.tr("Aftercare sheet…"))
        self.aftercare_button.setObjectName("list_aftercare")
        self.aftercare_button.setToolTip(
            self.tr(
                "Preview and print the selected client's aftercare sheet for their latest session"
            )
        )
        self.aftercare_button.clicked.connect(self.aftercare_for_selected)
        self.due_button = QPushButton(self.tr("Follow-ups"))
        self.due_button.setToolTip(self.tr("Who is overdue, due today or coming up (Ctrl+D)"))
        self.due_button.clicked.connect(self.show_due)

        self.table = QTableView()
        self.table.setObjectName("client_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setModel(header_model(self.table))
        # Family name, A to Z; clicking headers sorts once _enable_sorting has run.
        self.model.refresh()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([80, 190, 190, 110, 150]):
            header.resizeSection(column, width)
        self.table.activated.connect(lambda index: self.open_client_at(index.row()))

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        # Issue 16 (H7): nobody found -> add them with the name just typed.
        self.new_named_button = QPushButton()
        self.new_named_button.setObjectName("new_named_client")
        self.new_named_button.hide()
        self.new_named_button.clicked.connect(lambda: self.new_client(name=self.search_box.text()))

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.archive_filter)
        bar.addWidget(self.due_button)
        bar.addWidget(self.aftercare_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        named_row = QHBoxLayout()  # the button at its own width, on the left
        named_row.addWidget(self.new_named_button)
        named_row.addStretch(1)
        layout.addLayout(named_row)
        return page

    def show(self) -> None:
        """Shown as the user last left it: maximised (see remember_geometry) or not."""
        if self._show_maximised:
            self._show_maximised = False
            self.showMaximized()
        else:
            super().show()

    @property
    def client_page(self) -> ClientPage:
        """A client's page, built the first time one is opened (or asked about): the
        first screen is the list alone."""
        if self._client_page is None:
            from smpdesk.gui.clients.client_page import ClientPage

            page = ClientPage()
            page.back_requested.connect(self.show_list)
            page.edit_requested.connect(self.edit_client)
            page.archive_requested.connect(self.set_archived)
            QShortcut(QKeySequence("Esc"), page).activated.connect(self.show_list)
            self.stack.addWidget(page)
            self._client_page = page
        return self._client_page

    def _enable_sorting(self) -> None:
        """Header clicks sort the list (by SQL, see ClientListModel.sort), with the arrow
        on the order it already has.  After the first paint: this is the list's first use
        of ``Qt``'s enums (see the note above the imports)."""
        from PySide6.QtCore import Qt

        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the order it has

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New client…"), file_menu)
        new.setShortcuts([QKeySequence(QKeySequence.StandardKey.New)])
        new.triggered.connect(lambda: self.new_client())
        find = QAction(self.tr("&Find client"), file_menu)
        find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find)])
        find.triggered.connect(self.focus_search)
        quit_action = QAction(self.tr("&Quit"), file_menu)
        quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        quit_action.triggered.connect(self.close)
        for action in (new, find):
            file_menu.addAction(action)
            self.addAction(action)
        # Issue 19 (H2): the list as shown (search, filter, order) to .xlsx or CSV; any role.
        self._menu_action(file_menu, self.tr("E&xport client list…"), self.export_client_list)
        file_menu.addSeparator()
        # Actions a role may not use are hidden (and their shortcuts off): see _apply_role.
        self._owner_actions: list[QAction] = []
        self._clinical_actions: list[QAction] = []
        self._signed_in_actions: list[QAction] = []
        # Issue 19 (H3): clients brought in from a spreadsheet (the demo too), undone as a batch.
        self._owner_actions += [
            self._menu_action(file_menu, self.tr("Import clien&ts…"), self.import_clients),
            self._menu_action(file_menu, self.tr("Imported batc&hes…"), self.show_import_batches),
        ]
        file_menu.addSeparator()
        if not self.demo:
            self._menu_action(file_menu, self.tr("&Back up now"), self.back_up_now, "Ctrl+B")
            self._owner_actions += [
                self._menu_action(file_menu, self.tr("&Restore from a backup…"), self._restore),
                self._menu_action(
                    file_menu, self.tr("&Export encrypted backup…"), self._export_sealed
                ),
                self._menu_action(
                    file_menu, self.tr("&Import encrypted backup…"), self._import_sealed
                ),
                # Damage, and every signed record against the hash sealed with it.
                self._menu_action(
                    file_menu, self.tr("&Check the clinic file…"), self._check_clinic
                ),
            ]
            file_menu.addSeparator()
        self._signed_in_actions += [
            self._menu_action(file_menu, self.tr("&Lock now"), self.lock_now, "Ctrl+Shift+L"),
            self._menu_action(file_menu, self.tr("S&witch user…"), self.switch_user),
            self._menu_action(file_menu, self.tr("My &password and PIN…"), self.show_my_security),
        ]
        # Issue 20: the window's language, for anyone at this computer (Settings is the
        # owner's); switched at once, keeping what is on screen.
        self._language_menu = file_menu.addMenu(self.tr("Lan&guage"))
        # Filled when first opened: reading the choice is not the first paint's work.
        self._language_menu.aboutToShow.connect(self._fill_language_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        client_menu = self.menuBar().addMenu(self.tr("C&lient"))
        self._clinical_actions.append(
            self._menu_action(
                client_menu, self.tr("&Record session…"), self.record_session, "Ctrl+R"
            )
        )
        self._menu_action(client_menu, self.tr("&Aftercare sheet…"), self.aftercare_for_selected)
        client_menu.addSeparator()
        # Issue 16 (H3): two records of one person become one (clinical staff).
        self._clinical_actions.append(
            self._menu_action(client_menu, self.tr("&Merge with…"), self.merge_client)
        )
        # Erasure (GDPR Art. 17): the owner's, for the open (or selected) client.
        self._owner_actions.append(
            self._menu_action(client_menu, self.tr("&Erase client…"), self.erase_client)
        )

        clinic_menu = self.menuBar().addMenu(self.tr("&Clinic"))
        self._menu_action(clinic_menu, self.tr("&Follow-ups due"), self.show_due, "Ctrl+D")
        self._clinical_actions.append(
            self._menu_action(
                clinic_menu, self.tr("&Recall search by lot…"), self.show_lot_recall, "Ctrl+L"
            )
        )
        self._owner_actions.append(
            self._menu_action(clinic_menu, self.tr("Clients past re&tention…"), self.show_retention)
        )
        self._owner_actions.append(  # issue 18 (P4)
            self._menu_action(clinic_menu, self.tr("Day's ta&kings…"), self.show_takings)
        )
        self._owner_actions.append(  # issue 18 (R2)
            self._menu_action(clinic_menu, self.tr("Rep&orts…"), self.show_reports)
        )
        clinic_menu.addSeparator()
        self._owner_actions.append(
            self._menu_action(clinic_menu, self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        )
        self._staff_actions = [
            self._menu_action(clinic_menu, self.tr("S&taff accounts…"), self.show_staff),
            self._menu_action(clinic_menu, self.tr("Au&dit log…"), self.show_audit_log),
        ]
        self._protect_action = self._menu_action(
            clinic_menu, self.tr("&Protect this clinic…"), self.protect_clinic
        )

        aftercare_menu = self.menuBar().addMenu(self.tr("&Aftercare"))
        self._menu_action(
            aftercare_menu,
            self.tr("Aftercare sheet for the &selected client…"),
            self.aftercare_for_selected,
            "Ctrl+Shift+A",
        )
        self._menu_action(aftercare_menu, self.tr("&Blank aftercare sheet…"), self.blank_aftercare)
        self._menu_action(
            aftercare_menu,
            self.tr("&Print aftercare for today's sessions…"),
            self.print_todays_aftercare,
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._menu_action(help_menu, self.tr("smpdesk &help"), self.show_help, "F1")
        about = QAction(self.tr("&About smpdesk"), help_menu)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._apply_role()

    def _fill_language_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from smpdesk.domain.languages import LANGUAGES
        from smpdesk.gui import i18n

        menu = self._language_menu
        menu.clear()
        group = QActionGroup(menu)
        chosen = i18n.chosen_language()
        system = LANGUAGES[i18n.system_language()]
        choices = [("", self.tr("As the system ({language})").format(language=system))]
        choices += list(LANGUAGES.items())
        for code, text in choices:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        """Remember ``code`` ("" = the system's) for this computer and speak it now."""
        from smpdesk.gui import i18n

        i18n.choose_language(code)
        self.switch_language(i18n.interface_language())

    def switch_language(self, code: str) -> None:
        """Speak ``code`` now, keeping what is on screen (issue 20).

        Qt's translator changes at once; the window's words are set when its widgets
        are built, so the menus and pages are built again (:meth:`retranslate`).
        Dialogs are modal, so nothing half-typed is open when this runs; a window
        of its own (help, a photo) keeps its words until opened again.
        """
        from smpdesk.gui import i18n

        if code != i18n.current_language():
            i18n.use_language(code)
            self.retranslate()

    def retranslate(self) -> None:
        """Menus, banners and pages again in the current language, on the same client,
        tab, search and filter as before."""
        search = self.search_box.text()
        archive = self.archive_filter.currentIndex()
        shown = self.stack.currentWidget()
        page = self._client_page
        client = page.client if page is not None and shown is page else None
        tab = page.tabs.currentIndex() if client is not None and page is not None else -1
        follow_ups = shown is not None and shown is self._follow_ups_view
        selected = self.selected_client_id()
        for action in self.actions():  # the shortcuts' copies, see _menu_action
            self.removeAction(action)
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        self._build_central()  # the old one is deleted with its pages
        self._show_plain_copy_banner()
        if search:
            self.search_box.setText(search)
        self.archive_filter.setCurrentIndex(archive)
        self._update_count()
        self._enable_sorting()
        if not self.demo:
            self.update_backup_label()
        self.show_settings_warnings()
        if client is not None:
            self.open_client(client.id)
            if 0 <= tab < self.client_page.tabs.count():
                self.client_page.tabs.setCurrentIndex(tab)
        elif follow_ups:
            self.show_due()
        elif selected is not None:
            row = self.model.load_until(selected)
            if row is not None:
                self.table.selectRow(row)

    def _apply_role(self) -> None:
        """Show the menu items the signed-in person may use (all of them on a plain clinic)."""
        staff = self.db.staff
        owner = staff is None or staff.role is Role.OWNER
        for action in self._owner_actions:
            action.setVisible(owner)
        for action in self._clinical_actions:
            action.setVisible(self.clinical)
        for action in self._signed_in_actions:
            action.setVisible(staff is not None)
        for action in self._staff_actions:
            action.setVisible(staff is not None and owner)
        self._protect_action.setVisible(staff is None and not self.demo)
        who = f" — {staff.display_name} ({core_word(ROLE_NAMES[staff.role])})" if staff else ""
        title = self.tr("Demo clinic (temporary)") if self.demo else self.db_path.name
        self.setWindowTitle(f"smpdesk — {title}{who}")
        self._show_plain_copy_banner()

    def _menu_action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        # The menu owns it: a language switch deletes the old menus and their actions.
        action = QAction(text, menu)
        if shortcut:
            # setShortcuts, not setShortcut: that overload set builds Qt's enums (see
            # the note above the imports) before the first paint.
            action.setShortcuts([QKeySequence(shortcut)])
            self.addAction(action)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- list ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                selected = self.table.selectionModel().selectedRows()
                if selected:
                    self.open_client_at(selected[0].row())
                elif self.model.rowCount() >= 1:
                    self.open_client_at(0)
                return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _filter_changed(self) -> None:
        self.model.set_archived(self.archive_filter.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        archived = self.model.archived_filter == "archived"
        total = client_cases.count_clients(self.db, self.model.archived_filter)
        if not self.model.search_text.strip():
            if total == 1:
                text = self.tr("{total} archived client") if archived else self.tr("{total} client")
            elif archived:
                text = self.tr("{total} archived clients", "", total)
            else:
                text = self.tr("{total} clients", "", total)
        elif self.model.has_more:
            text = (
                self.tr(
                    "More than {shown} of {total} archived clients match; keep typing to narrow "
                    "the list",
                    "",
                    total,
                )
                if archived
                else self.tr(
                    "More than {shown} of {total} clients match; keep typing to narrow the list",
                    "",
                    total,
                )
            )
        elif archived:
            text = self.tr("{shown} of {total} archived clients match", "", total)
        else:
            text = self.tr("{shown} of {total} clients match", "", total)
        self.count_label.setText(text.format(shown=f"{shown:,}", total=f"{total:,}"))
        given, family = self.model.typed_name()
        self.new_named_button.setText(
            self.tr("New client “{name}”…").format(name=" ".join([given, family]).strip())
        )
        self.new_named_button.setVisible(shown == 0 and bool(family))

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.list_page:
            self.show_list()
        from PySide6.QtCore import Qt

        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_list(self) -> None:
        """Back to the list, refreshed (a record may have changed), same place."""
        self.stack.setCurrentWidget(self.list_page)
        current = self.client_page.client
        self.model.refresh()
        self._update_count()
        row = self.model.load_until(current.id) if current else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    # -- client -------------------------------------------------------------
    def open_client_at(self, row: int) -> None:
        client_id = self.model.client_id(row)
        if client_id is not None:
            self.open_client(client_id)

    def open_client(self, client_id: int) -> None:
        client = client_cases.get_client(self.db, client_id)
        if client is None:
            QMessageBox.information(
                self,
                self.tr("Client not found"),
                self.tr("That client is no longer in the database."),
            )
            self.model.refresh()
            return
        if not self._tabs_built:
            self._build_client_tabs()
        self.client_page.set_notes_shown(self.clinical)
        self.client_page.archive_button.setVisible(may(self.db, "clients.archive_client"))
        self.client_page.show_client(client)
        self._show_client_history(client_id)
        self.stack.setCurrentWidget(self.client_page)
        self.client_page.tabs.setFocus()

    def new_client(self, name: str = "") -> None:
        """The new-client dialog; ``name`` (typed in the search box) fills in the names."""
        from smpdesk.gui.clients.client_dialog import ClientDialog  # not needed to start

        dialog = ClientDialog(self.db, parent=self)
        from smpdesk.gui.clients.client_list_model import split_typed_name

        for field, value in zip(("given_name", "family_name"), split_typed_name(name), strict=True):
            box = dialog.inputs.get(field)
            if isinstance(box, QLineEdit) and value:
                box.setText(value)
        if dialog.exec() and dialog.saved_client is not None:
            self.changes.client_changed.emit(dialog.saved_client.id)
            self.open_client(dialog.saved_client.id)
        elif dialog.open_existing_id is not None:  # the duplicate prompt's choice
            self.open_client(dialog.open_existing_id)

    def edit_client(self, client_id: int) -> None:
        client = client_cases.get_client(self.db, client_id)
        if client is None:
            return
        from smpdesk.gui.clients.client_dialog import ClientDialog

        dialog = ClientDialog(self.db, client, parent=self)
        if dialog.exec() and dialog.saved_client is not None:
            self.changes.client_changed.emit(client_id)
        elif dialog.open_existing_id is not None:  # the duplicate prompt's choice
            self.open_client(dialog.open_existing_id)

    def set_archived(self, client_id: int, archive: bool) -> None:
        client = client_cases.get_client(self.db, client_id)
        if client is None:
            return
        if archive:
            answer = QMessageBox.question(
                self,
                self.tr("Archive client"),
                self.tr(
                    "Archive {name}? They leave the client list but nothing is "
                    "deleted; choose 'Archived clients' in the list to find them again."
                ).format(name=client.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if archive:
                client_cases.archive_client(self.db, client_id)
            else:
                client_cases.restore_client(self.db, client_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.changes.client_changed.emit(client_id)

    def _show_client_history(self, client_id: int) -> None:
        versions = client_cases.client_versions(self.db, client_id) if self.clinical else []
        self.client_page.set_history(versions)

    def _client_changed(self, client_id: int) -> None:
        """The hub: a client's record changed; the page showing it and the list follow."""
        shown = self.client_page.client
        if shown is not None and shown.id == client_id:
            client = client_cases.get_client(self.db, client_id)
            if client is not None:
                self.client_page.show_client(client)
                self._show_client_history(client_id)
        if self.stack.currentWidget() is self.list_page:
            self.model.refresh()  # else show_list refreshes it on the way back
            self._update_count()

    # -- aftercare, follow-ups, recall, settings -----------------------------
    def selected_client_id(self) -> int | None:
        if self.stack.currentWidget() is self.client_page and self.client_page.client:
            return self.client_page.client.id
        rows = self.table.selectionModel().selectedRows()
        return self.model.client_id(rows[0].row()) if rows else None

    def record_session(self) -> None:
        """Ctrl+R: record a session for the open (or selected) client."""
        client_id = self.selected_client_id()
        if client_id is None:
            QMessageBox.information(
                self, self.tr("Record session"), self.tr("Select a client in the list first.")
            )
            return
        if self.stack.currentWidget() is not self.client_page:
            self.open_client(client_id)
        self.client_page.tabs.setCurrentWidget(self.timeline)
        self.timeline.record_session()

    def aftercare_for_selected(self) -> None:
        from smpdesk.gui.aftercare import aftercare_actions

        client_id = self.selected_client_id()
        if client_id is None:
            QMessageBox.information(
                self,
                self.tr("Aftercare sheet"),
                self.tr("Select a client in the list first, or print a blank sheet."),
            )
            return
        aftercare_actions.open_aftercare(self, self.db, client_id)
        self.changes.sessions_changed.emit(client_id)  # a sheet given shows on the timeline

    def open_aftercare(self, client_id: int, session_id: int) -> None:
        from smpdesk.gui.aftercare import aftercare_actions

        aftercare_actions.open_aftercare(self, self.db, client_id, session_id)
        self.changes.sessions_changed.emit(client_id)

    def blank_aftercare(self) -> None:
        from smpdesk.gui.aftercare import aftercare_actions

        aftercare_actions.open_blank(self, self.db)

    def print_todays_aftercare(self) -> Operation | None:
        from smpdesk.gui.aftercare import aftercare_actions

        return aftercare_actions.print_todays(self, self.db, changes=self.changes)

    def show_due(self) -> None:
        self.follow_ups_view.refresh()
        self.stack.setCurrentWidget(self.follow_ups_view)
        self.follow_ups_view.table.setFocus()

    def show_lot_recall(self) -> None:
        from smpdesk.gui.sessions.lot_recall import LotRecallDialog

        dialog = LotRecallDialog(self.db, self)

        def open_found(client_id: int) -> None:
            dialog.accept()
            self.open_client(client_id)

        dialog.client_requested.connect(open_found)
        dialog.exec()

    def merge_client(self) -> None:
        """Client → Merge with…: the open (or selected) client and one to merge into it."""
        from smpdesk.gui.clients.merge_dialog import MergeDialog

        client_id = self.selected_client_id()
        if client_id is None:
            QMessageBox.information(
                self, self.tr("Merge clients"), self.tr("Open or select a client first.")
            )
            return
        try:
            dialog = MergeDialog(self.db, client_id, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), str(exc))
            return
        if dialog.exec() and dialog.result_ is not None:
            for changed in (dialog.result_.kept_id, dialog.result_.merged_id):
                self.changes.client_changed.emit(changed)
            self.open_client(dialog.result_.kept_id)

    def erase_client(self) -> None:
        """Client → Erase client…: the open (or selected) client, for good, after the dialog."""
        client_id = self.selected_client_id()
        if client_id is None:
            QMessageBox.information(
                self, self.tr("Erase client"), self.tr("Open or select a client first.")
            )
            return
        self.confirm_erasure(client_id)

    def confirm_erasure(self, client_id: int) -> None:
        """The erase dialog for ``client_id`` (refused in a sentence for anyone but the owner)."""
        from smpdesk.gui.clients.erase_dialog import EraseDialog

        try:
            dialog = EraseDialog(self.db, client_id, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not erased"), str(exc))
            return
        if dialog.exec() and dialog.erased is not None:
            self.client_erased(dialog.erased)

    def client_erased(self, erased: object) -> None:
        """A client was erased: their page closes and the list no longer shows them."""
        from smpdesk.app.erasure import Erased

        assert isinstance(erased, Erased)
        shown = self.client_page.client
        if shown is not None and shown.id == erased.client_id:
            self.client_page.client = None  # nothing of theirs is shown again
        self.changes.client_changed.emit(erased.client_id)
        self.show_list()
        self.statusBar().showMessage(erased.message, 15000)
        if erased.notes:
            QMessageBox.warning(self, self.tr("Client erased"), erased.message)

    def show_retention(self) -> None:
        """Clinic → Clients past retention…: the owner's list to review and erase."""
        from smpdesk.gui.clients.retention_dialog import RetentionDialog

        try:
            dialog = RetentionDialog(self.db, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Clients past retention"), str(exc))
            return

        def open_found(client_id: int) -> None:
            dialog.accept()
            self.open_client(client_id)

        dialog.client_requested.connect(open_found)
        dialog.client_erased.connect(self.client_erased)
        dialog.exec()

    def show_takings(self) -> None:
        """Clinic → Day's takings… (issue 18, P4): the owner's cash-up for a day."""
        from smpdesk.gui.payments.takings_window import TakingsWindow

        TakingsWindow(self.db, self).exec()

    def show_reports(self) -> None:
        """Clinic → Reports… (issue 18, R2): the owner's year in tables and bar charts."""
        from smpdesk.gui.reports.reports_window import ReportsWindow

        ReportsWindow(self.db, self).exec()

    def show_settings(self) -> None:
        from smpdesk.gui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec():
            self.changes.settings_changed.emit()
            self.show_settings_warnings()
            if dialog.language_changed:
                from smpdesk.gui import i18n

                self.switch_language(i18n.interface_language())

    def show_settings_warnings(self) -> None:
        """Say in the status bar which saved settings were unreadable (defaults in use)."""
        warnings = load_settings(self.db).warnings
        label = self.settings_warning_label
        if warnings and label.parent() is None:
            self.statusBar().addWidget(label, 1)
        if len(warnings) > 1:
            label.setText(
                self.tr(
                    "{count} saved settings were not readable, so their defaults are "
                    "used; open Settings and save to fix them.",
                    "",
                    len(warnings),
                ).format(count=len(warnings))
            )
        else:
            label.setText(warnings[0] if warnings else "")
        label.setToolTip("\n".join(warnings))
        label.setVisible(bool(warnings))

    # -- staff, locking, protection ---------------------------------------------
    def _start_locking(self) -> None:
        """A signed-in clinic locks itself when idle, on Lock now, and when Qt says the app
        was suspended; see :mod:`smpdesk.gui.access.lock`."""
        from smpdesk.gui.access.lock import LockController

        self.lock = LockController(
            self.db, idle_minutes=load_settings(self.db).lock_minutes, parent=self
        )
        self.lock.user_changed.connect(self._user_changed)
        self.changes.settings_changed.connect(
            lambda: self.lock.set_idle_minutes(load_settings(self.db).lock_minutes)
        )

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def switch_user(self) -> None:
        """Lock; the unlock box offers "Sign in as someone else"."""
        self.lock_now()

    def _user_changed(self, _staff: object) -> None:
        """Another person signed in on the lock screen: their role's menus and pages."""
        self._drop_client_tabs()
        if self._follow_ups_view is not None:
            self._follow_ups_view.refresh()
        self._apply_role()
        self.show_list()

    def _practitioner_took_over(self, staff: Staff) -> None:
        """A practitioner's PIN ended reception's client mode: they are signed in now, on
        the client's page, where the form waits as a draft for them to finish."""
        client = self.client_page.client
        protection.take_over(self.db, staff)
        self._user_changed(staff)
        if client is not None:
            self.open_client(client.id)
            if self._questionnaires_tab is not None:
                self.client_page.tabs.setCurrentWidget(self._questionnaires_tab)

    def show_my_security(self) -> None:
        from smpdesk.gui.access.staff_admin import MySecurityDialog

        MySecurityDialog(self.db, self).exec()

    def show_staff(self) -> None:
        from smpdesk.gui.access.staff_admin import StaffDialog

        StaffDialog(self.db, self).exec()

    def show_audit_log(self) -> None:
        from smpdesk.gui.access.staff_admin import AuditLogDialog

        AuditLogDialog(self.db, parent=self).exec()

    def protect_clinic(self) -> None:
        """Clinic → Protect this clinic: encrypt the file, create the owner, sign them in."""
        from smpdesk.gui.access.sign_in import ProtectDialog

        if self.work_running():
            QMessageBox.information(
                self,
                self.tr("Please wait"),
                self.tr("smpdesk is still busy with the clinic file; try again soon."),
            )
            return
        self.db.close()  # the file is copied and swapped: nothing may hold it open
        dialog = ProtectDialog(self.db_path, self)
        dialog.exec()
        done = dialog.protected
        if done is None:
            self.db.reopen()  # nothing changed
            return
        self.db.adopt(done.clinic)
        self._start_locking()
        self._drop_client_tabs()
        self._apply_role()
        self.protection_banner.hide()
        self.after_restore()

    def show_help(self) -> QWidget | None:
        """Help → smpdesk help (F1): the built-in guide, beside the window (one copy)."""
        from smpdesk.gui.help_window import show_help  # built on first use

        return show_help(self, self.db_path)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About smpdesk"),
            self.tr(
                "smpdesk {version}\nOffline consultation desk for SMP clinics.\n\nDatabase: {path}"
            ).format(version=__version__, path=self.db_path),
        )

    # -- backups --------------------------------------------------------------
    def back_up_now(self) -> Operation | None:
        """File → Back up now: on a worker, behind a progress box; the status bar says when done.

        None if a backup is being made already.
        """
        return self._start_backup(quiet=False)

    def _start_backup(self, *, quiet: bool) -> Operation | None:
        """A verified backup in the clinic's backups folder, then rotation, on a worker."""
        if self._backup is not None and self._backup.running:
            self.statusBar().showMessage(self.tr("A backup is being made already."), 5000)
            return None
        path = self.db_path

        def made(result: BackupResult) -> None:
            self.update_backup_label()
            self.statusBar().showMessage(
                self.tr("Backup made and checked: {name}").format(name=result.made.path.name), 8000
            )

        if quiet:
            self._backup = self.operations.run(
                lambda db: _backups().back_up(db, path),
                error_title=self.tr("Backup not made"),
                on_done=made,
                quiet=True,
            )
        else:
            self._backup = self.operations.run_with_progress(
                lambda db, progress: _backups().back_up(db, path, progress=progress),
                label=self.tr("Backing up the clinic database…"),
                title=self.tr("Backup"),
                error_title=self.tr("Backup not made"),
                on_done=made,
            )
        return self._backup

    # The backup at close, once started (tests and start-up code may wait on it).
    close_backup: CloseBackup | None = None

    def _back_up_at_close(self) -> None:
        """The safety net: a verified copy when the records changed, made once the window is gone.

        Whether anything changed since the newest verified backup is a cheap
        look (:func:`~smpdesk.app.backups.backup_due_at_close`: a small file
        and three lookups; audit entries alone wait for a day-old backup).
        If so, the window hides and the backup runs on a thread of its own
        with its own connection (:class:`~smpdesk.app.backups.CloseBackup`),
        so closing takes no longer than hiding: nobody waits for the copy and
        its full check.  That thread outlives the window and the event loop
        (Quit, logging out, Ctrl+C end the loop at once), and the process
        waits for it before it ends.  A failure is kept beside the clinic and
        shown in the status bar at the next start; there is no window left to
        show it in now.
        """
        try:
            due = _backups().backup_due_at_close(self.db, self.db_path)
        except (UserError, OSError):
            due = True  # cannot tell: back up, and the backup says what is wrong
        except SQLITE_ERRORS:
            due = True
        if not due:
            return
        self.hide()
        self.close_backup = _backups().CloseBackup(self.db, self.db_path).start()

    def _restore(self) -> None:
        from smpdesk.gui.backups.backup_actions import choose_and_restore

        choose_and_restore(self)

    def _check_clinic(self) -> None:
        from smpdesk.gui.backups.backup_actions import check_clinic

        check_clinic(self)

    def _export_sealed(self) -> None:
        from smpdesk.gui.backups.backup_actions import export_sealed

        export_sealed(self)

    def _import_sealed(self) -> None:
        from smpdesk.gui.backups.backup_actions import import_sealed

        import_sealed(self)

    def export_client_list(self) -> Operation | None:
        from smpdesk.gui.clients.export_list import export_shown_list

        return export_shown_list(self)

    def import_clients(self) -> None:
        from smpdesk.gui.clients.import_dialog import open_import_dialog

        open_import_dialog(self)

    def show_import_batches(self) -> None:
        from smpdesk.gui.clients.import_batches import open_import_batches

        open_import_batches(self)

    def after_restore(self) -> None:
        """The database file changed under the window (reconnected): every screen reloads."""
        self.changes.database_replaced.emit()

    def _database_replaced(self) -> None:
        self.show_list()
        self.update_backup_label()
        self.show_settings_warnings()

    _told_close_failure = False

    def update_backup_label(self) -> None:
        """'Last backup: …', in warning colours when it is getting old; or that the backup
        at the last close failed (until a backup is made), with why in its tooltip.

        A backup file under its final name passed integrity_check before it
        was renamed into place, so listing without re-checking is honest
        and keeps start-up fast.
        """
        failed = _backups().close_backup_failure(self.db_path)
        if failed is not None:
            when, problem = failed
            self.backup_label.setText(
                self.tr("Backup at close failed ({when}): back up now (Ctrl+B)").format(
                    when=format_stamp(when, with_year=False)
                )
            )
            self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.backup_label.setToolTip(problem)
            if not self._told_close_failure:  # the whole sentence once, where it is read
                self._told_close_failure = True
                self.statusBar().showMessage(
                    self.tr("The backup when smpdesk last closed was not made: {problem}").format(
                        problem=problem
                    ),
                    60000,
                )
            return
        settings = load_settings(self.db)
        listed = _backups().list_backups(backups_folder(self.db_path, settings), self.db_path.stem)
        if not listed:
            self.backup_label.setText(self.tr("No backup yet: File → Back up now (Ctrl+B)"))
            self.backup_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
            return
        taken = listed[0].taken_at
        age = datetime.now() - taken
        hours = age.seconds // 3600
        if age.days == 1:
            text = self.tr("Last backup: {when} ({days} day ago)")
        elif age.days > 1:
            text = self.tr("Last backup: {when} ({days} days ago)", "", age.days)
        elif hours == 1:
            text = self.tr("Last backup: {when} ({hours} hour ago)")
        elif hours > 1:
            text = self.tr("Last backup: {when} ({hours} hours ago)", "", hours)
        else:
            text = self.tr("Last backup: {when} (within the last hour)")
        self.backup_label.setText(
            text.format(when=format_stamp(taken, with_year=False), days=age.days, hours=hours)
        )
        stale = age.days >= settings.backup_warn_days
        self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")
        self.backup_label.setToolTip(
            self.tr("Older than %n day(s): back up now (Ctrl+B).", "", settings.backup_warn_days)
            if stale
            else str(listed[0].path)
        )

    def work_running(self) -> bool:
        """Is a worker using the clinic file (a backup, an export, a photo import)?"""
        return self.operations.busy

    def back_up_if_due(self) -> Operation | None:
        """The hourly check: a daily backup, made quietly on a worker while work goes on."""
        if self.operations.busy:
            return None  # a restore may have closed the connection, or a backup runs; next hour
        tab = self._questionnaires_tab
        if tab is not None and tab.runner is not None and tab.runner.lock is not None:
            return None  # no error box over a client's full-screen form; next hour
        folder = backups_folder(self.db_path, load_settings(self.db))
        backups = _backups()
        listed = backups.list_backups(folder, self.db_path.stem)
        if backups.backup_due(listed[0] if listed else None, now=datetime.now()):
            return self._start_backup(quiet=True)
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.shutdown()  # no worker (a photo import, a backup) outlives the window
        protection.sign_out(self.db)
        if self.auto_backup:
            self._back_up_at_close()
        self.db.close()
        super().closeEvent(event)


__all__ = ["COLUMNS", "MainWindow"]
