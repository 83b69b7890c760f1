"""The lock screen: covering every window when the clinic is left alone, and unlocking it.

A protected clinic's laptop is shared and is often left open between clients,
so the window locks itself after a few idle minutes, on *Lock now*, and when
Qt reports the application suspended.  Locking must show no health data and
lose nothing anyone was typing, so it never hides or closes a window (hiding a
dialog running ``exec()`` would end its loop and drop the typing): it lays an
opaque child :class:`_Cover` over each visible top-level window (the main
window, open dialogs modal or not, photo viewers), which says only "Locked",
takes the focus and swallows the keyboard and mouse; each window's title,
which may name a client, reads "smpdesk — Locked" meanwhile.  Open menus and
completer pop-ups are closed.  A window opened while the screen is locked (a
"backup made" message) is covered the moment it shows.

On top, :class:`UnlockDialog` names who is signed in and asks for their PIN
(or their password when they set none; five wrong PINs in a row ask for the
password), or lets another person sign in with their own password.  The
unlock dialog is application-modal and *shown*, not exec'd: lock() returns at
once and no event loop is nested, and when a modal box opens while the screen
is locked (and so, being newer, would block every older window, the unlock
dialog included, from beneath its own cover) the unlock dialog is shown again
on top of it.  It cannot be closed or escaped; a click on a cover brings it
back should anything have closed it.

Limits:

* Qt reports ``ApplicationSuspended`` when the OS suspends the application,
  but a desktop screen lock or a sleeping laptop is not reported on every
  platform: the idle timer is the guarantee.
* A native file dialog from the OS is not a Qt widget, so it cannot be
  covered; it shows file names, not records.  (Not testable offscreen.)
* The covers are alien widgets; a window with native child windows (none in
  smpdesk) gets a native cover so that it stays above them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import protection
from smpdesk.app.clinic import Clinic
from smpdesk.domain.staff import Staff
from smpdesk.errors import UserError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.note_lines import message_line, say

LOCKED_TEXT = QT_TRANSLATE_NOOP("access.lock", "Locked")
LOCKED_TITLE = QT_TRANSLATE_NOOP("access.lock", "smpdesk — Locked")
PIN_TRIES = 5  # wrong PINs in a row before only the password unlocks
IDLE_MINUTES = (1, 60)
PAGE_WIDTH = 380
NOT_YOUR_PASSWORD = str(
    QT_TRANSLATE_NOOP(
        "access.lock",
        "That is not your password; check it (passwords are case-sensitive) and try again.",
    )
)
_PIN_TRIES_USED = str(
    QT_TRANSLATE_NOOP("access.lock", "{count} wrong PINs in a row: type your password to unlock.")
)
PIN_TRIES_USED = _PIN_TRIES_USED.format(count=PIN_TRIES)  # the English, for tests

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)
_SWALLOWED = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.ContextMenu,
        QEvent.Type.InputMethod,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.ToolTip,
        QEvent.Type.WhatsThis,
    }
)
_NOT_COVERED = frozenset({Qt.WindowType.Desktop})
_POPUPS = frozenset({Qt.WindowType.Popup, Qt.WindowType.ToolTip})


def locked_title() -> str:
    """:data:`LOCKED_TITLE` in the interface's language: every covered window's title."""
    return translate("access.lock", LOCKED_TITLE)


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _bring_to_front(window: QWidget) -> None:
    # Headless platforms (tests, CI) have no stacking, and warn on every raise.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
    window.activateWindow()


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# -- idle time --------------------------------------------------------------------------------


class IdleWatch(QObject):
    """Emits ``idle`` when nobody has touched the keyboard, mouse or screen for a while.

    One application-wide event filter restarts a single-shot timer on user
    input (spontaneous events only: what the window system delivered, not
    what the program sends itself); per event it only compares the event's
    type, so it costs next to nothing.  Paused, it ignores input and never
    fires.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle.emit)
        self._paused = False
        self._app = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _ACTIVITY and event.spontaneous():
            self._timer.start()
        return False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def paused(self) -> bool:
        return self._paused

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new idle time, counted from now (unless paused)."""
        self._timer.setInterval(max(1, timeout_ms))
        if not self._paused:
            self._timer.start()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Count again, from now."""
        self._paused = False
        self._timer.start()

    def stop(self) -> None:
        """Stop for good: the timer and the application's event filter."""
        self.pause()
        if self._app is not None and shiboken6.isValid(self._app):
            self._app.removeEventFilter(self)
        self._app = None


# -- the covers -------------------------------------------------------------------------------


class _Cover(QWidget):
    """An opaque child filling its window: "Locked", nothing else; it takes all input.

    It follows its window's size, stays above the window's other children,
    and keeps the window's title at :data:`LOCKED_TITLE` (the title it
    replaced, or one the window set meanwhile, comes back on :meth:`remove`).
    """

    def __init__(self, window: QWidget, on_touched: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.window_ = window
        self._on_touched = on_touched
        self.previous_focus: QWidget | None = window.focusWidget()
        self._title = window.windowTitle()
        self._removed = False
        colour = QColor(self.palette().color(QPalette.ColorRole.Window)).darker(115)
        colour.setAlpha(255)
        self._colour = colour
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)  # a file dropped on a locked window goes nowhere
        self.setCursor(Qt.CursorShape.ArrowCursor)
        label = QLabel(translate("access.lock", LOCKED_TEXT), self)
        label.setObjectName("lock_cover_text")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        label.setFont(font)
        layout = QVBoxLayout(self)  # above the unlock dialog, which sits in the middle
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(4)
        if any(
            child.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            for child in window.findChildren(QWidget)
            if child is not self and not child.isWindow()
        ):
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        window.setWindowTitle(locked_title())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)
        painter.end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in _SWALLOWED:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
                self._on_touched()
            if kind in (QEvent.Type.DragMove, QEvent.Type.Drop):
                event.ignore()
            else:
                event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and not self._removed:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.window_.rect())
            elif kind == QEvent.Type.ChildAdded:
                self.raise_()
                QTimer.singleShot(0, self, self._raise_again)
            elif kind == QEvent.Type.WindowTitleChange:
                title = self.window_.windowTitle()
                if title != locked_title():
                    self._title = title
                    self.window_.setWindowTitle(locked_title())
        return False

    def _raise_again(self) -> None:
        if not self._removed:
            self.raise_()

    def cover_again(self) -> None:
        """The window was shown again: stay on top, keep the focus."""
        self.setGeometry(self.window_.rect())
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self) -> None:
        """Uncover the window: its title back, the focus back where it was."""
        self._removed = True
        window = self.window_
        window.removeEventFilter(self)
        window.setWindowTitle(self._title)
        self.hide()
        focus, self.previous_focus = self.previous_focus, None
        if focus is not None and _alive(focus) and focus.window() is window:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteLater()


# -- unlocking --------------------------------------------------------------------------------


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


_message_line = message_line
_say = say


class UnlockDialog(QDialog):
    """Locked — <name>: their PIN or password, or another person's sign-in.

    Page one unlocks for the person signed in (``secret``, ``unlock_button``,
    ``use_password_button`` while a PIN is asked for, ``other_button``);
    page two signs in someone else (``names``, ``other_password``,
    ``sign_in_button``, ``back_button``).  Refusals appear in ``message`` and
    ``other_message``.  Escape and the close button do nothing: only an
    unlock ends it.
    """

    def __init__(self, controller: LockController, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.may_close = False
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(locked_title())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.unlock_page = self._unlock_page()
        self.other_page = self._other_page()
        self.other_page.hide()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # fits the page shown
        layout.addWidget(self.unlock_page)
        layout.addWidget(self.other_page)
        self.refresh()

    def _heading(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
        return label

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        page.setMinimumWidth(PAGE_WIDTH)
        self.heading = self._heading("", "heading")
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.secret = _password_field("secret")
        self.secret.returnPressed.connect(self._unlock)
        self.message = _message_line("message")
        self.use_password_button = QPushButton(self.tr("Use my password"))
        self.use_password_button.setObjectName("use_password_button")
        self.use_password_button.setAutoDefault(False)
        self.use_password_button.clicked.connect(self._use_password)
        self.other_button = QPushButton(self.tr("Sign in as someone else…"))
        self.other_button.setObjectName("other_button")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.show_other_page)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self._unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_password_button)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addSpacing(6)
        column.addWidget(self.prompt)
        column.addWidget(self.secret)
        column.addWidget(self.message)
        column.addSpacing(6)
        column.addLayout(buttons)
        return page

    def _other_page(self) -> QWidget:
        page = QWidget()
        page.setMinimumWidth(PAGE_WIDTH)
        heading = self._heading(self.tr("Sign in as someone else"), "other_heading")
        self.names = QComboBox()
        self.names.setObjectName("names")
        self.other_password = _password_field("other_password")
        self.other_password.returnPressed.connect(self._sign_in)
        self.other_message = _message_line("other_message")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("back_button")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_unlock_page)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self._sign_in)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addSpacing(6)
        column.addWidget(QLabel(self.tr("Your name")))
        column.addWidget(self.names)
        column.addWidget(QLabel(self.tr("Your password")))
        column.addWidget(self.other_password)
        column.addWidget(self.other_message)
        column.addSpacing(6)
        column.addLayout(buttons)
        return page

    # -- what it shows ----------------------------------------------------------------

    def refresh(self) -> None:
        """Name the person signed in; ask for their PIN or their password."""
        me = self._controller.staff
        self.heading.setText(
            self.tr("Locked — {name}").format(name=me.display_name)
            if me
            else translate("access.lock", LOCKED_TEXT)
        )
        if self._controller.asks_for_pin:
            self.prompt.setText(self.tr("Type your PIN to unlock."))
            self.secret.setPlaceholderText(self.tr("PIN"))
        else:
            self.prompt.setText(self.tr("Type your password to unlock."))
            self.secret.setPlaceholderText(self.tr("Password"))
        self.use_password_button.setVisible(self._controller.asks_for_pin)

    def show_unlock_page(self) -> None:
        self.other_password.clear()
        self.other_page.hide()
        self.unlock_page.show()
        self.refresh()
        self.secret.setFocus()

    def show_other_page(self) -> None:
        me = self._controller.staff
        self.names.clear()
        try:
            accounts = protection.sign_in_names(self._controller.clinic.path)
        except UserError as exc:
            _say(self.message, str(exc))
            return
        for account in accounts:
            if me is None or account.login != me.login:
                self.names.addItem(account.display_name, account.login)
        _say(self.other_message, "")
        self.unlock_page.hide()
        self.other_page.show()
        self.other_password.setFocus()

    def focus_entry(self) -> None:
        (self.other_password if self.other_page.isVisible() else self.secret).setFocus()

    # -- answers --------------------------------------------------------------------------

    def _unlock(self) -> None:
        text = self.secret.text()
        if not text:
            return
        refusal = self._controller.try_unlock(text)
        if refusal is None:
            return
        self.secret.clear()
        _say(self.message, refusal)
        self.refresh()
        self.secret.setFocus()

    def _use_password(self) -> None:
        self._controller.use_password()
        self.secret.clear()
        _say(self.message, "")
        self.refresh()
        self.secret.setFocus()

    def _sign_in(self) -> None:
        login = self.names.currentData()
        password = self.other_password.text()
        if not login:
            _say(self.other_message, self.tr("Choose your name."))
            return
        if not password:
            return
        refusal = self._controller.try_sign_in(str(login), password)
        if refusal is None:
            return
        self.other_password.clear()
        _say(self.other_message, refusal)
        self.other_password.setFocus()

    # -- never closed by hand ---------------------------------------------------------

    def reject(self) -> None:
        """Escape does nothing: the screen stays locked."""
        if self.may_close:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The close button stays locked; a close from the program (quitting) may go.
        if self.may_close or not event.spontaneous():
            event.accept()
        else:
            event.ignore()


class LockController(QObject):
    """Locks the screen (idle, *Lock now*, app suspended) and unlocks it.

    Signals:

    * ``locked_now()``: every window has just been covered.
    * ``unlocked()``: the covers are gone, the same person (or, after
      ``user_changed``, the new one) is at work again.
    * ``switching(Staff)``: another person signed in on the lock screen;
      emitted before anything changes (the covers are still up), then the
      controller asks whether to close the previous person's other windows.
    * ``user_changed(Staff)``: ``clinic.staff`` is now that person; emitted
      while the covers are still up (the lock itself is over, so a dialog
      opened from a slot is not covered), so the window rebuilds its pages
      for the new role before any of it is painted; ``unlocked`` follows.

    ``lock()`` returns at once: the covers are up when it returns, the
    unlock dialog open on top (``dialog``).  A clinic with nobody signed in
    (not protected) is never locked: nobody could unlock it.
    """

    locked_now = Signal()
    unlocked = Signal()
    switching = Signal(object)
    user_changed = Signal(object)

    def __init__(self, clinic: Clinic, *, idle_minutes: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._main = parent
        self._locked = False
        self._finishing = False  # the covers are coming off: no new lock until they are
        self._closing_others = False
        self._pin_failures = 0
        self._password_only = False
        self._covers: list[_Cover] = []
        self._active_window: QWidget | None = None
        self._focus: QWidget | None = None
        self.dialog: UnlockDialog | None = None
        self.idle_watch = IdleWatch(_minutes(idle_minutes) * 60_000, self)
        self.idle_watch.idle.connect(self.lock)
        app = QGuiApplication.instance()
        self._app = app if isinstance(app, QGuiApplication) else None
        if self._app is not None:
            self._app.applicationStateChanged.connect(self._state_changed)

    # -- state --------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def staff(self) -> Staff | None:
        return self.clinic.staff

    @property
    def asks_for_pin(self) -> bool:
        """The PIN unlocks (they set one, and have not used up their tries)."""
        return (
            not self._password_only
            and self._pin_failures < PIN_TRIES
            and self.clinic.staff is not None
            and protection.has_pin(self.clinic)
        )

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (1 to 60; anything else is brought into range)."""
        self.idle_watch.set_timeout_ms(_minutes(minutes) * 60_000)  # paused while locked

    def stop(self) -> None:
        """Stop watching (idle time, app state); a locked screen stays locked."""
        self.idle_watch.stop()
        if self._app is not None and shiboken6.isValid(self._app):
            with suppress(RuntimeError, TypeError):  # never connected: nothing to undo
                self._app.applicationStateChanged.disconnect(self._state_changed)
            self._app = None

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    # -- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        """Cover every visible window and ask who is there; nothing if locked already."""
        if self._locked or self._finishing or self.clinic.staff is None:
            return
        self._locked = True
        self.idle_watch.pause()
        self._active_window = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        QToolTip.hideText()
        for _ in range(10):  # an open menu or completer list may show data
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for window in QApplication.topLevelWidgets():
            if self._wants_cover(window):
                self._cover(window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # covers the windows that open while locked
        self._open_dialog()
        protection.note_locked(self.clinic)
        self.locked_now.emit()

    def covered_windows(self) -> list[QWidget]:
        """The windows under a cover now."""
        return [c.window_ for c in self._covers if _alive(c) and _alive(c.window_)]

    def _wants_cover(self, window: QWidget) -> bool:
        return (
            window.isWindow()
            and window.isVisible()
            and window.windowType() not in _NOT_COVERED
            and not self._is_ours(window)
            and self._cover_of(window) is None
        )

    def _is_ours(self, window: QWidget) -> bool:
        dialog = self.dialog
        if dialog is None or not _alive(dialog):
            return False
        widget: QWidget | None = window
        while widget is not None:
            if widget is dialog:
                return True
            widget = widget.parentWidget()
        return False

    def _cover_of(self, window: QWidget) -> _Cover | None:
        for cover in self._covers:
            if _alive(cover) and cover.window_ is window:
                return cover
        return None

    def _cover(self, window: QWidget) -> None:
        cover = _Cover(window, self._touched)
        self._covers.append(cover)
        cover.destroyed.connect(self._forget_dead_covers)

    def _forget_dead_covers(self) -> None:
        self._covers = [c for c in self._covers if _alive(c)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked: a window that shows is covered before it is painted."""
        if (
            event.type() == QEvent.Type.Show
            and self._locked
            and not self._closing_others
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._window_shown(watched)
        return False

    def _window_shown(self, window: QWidget) -> None:
        if self._is_ours(window) or window.windowType() in _NOT_COVERED:
            return
        cover = self._cover_of(window)
        if cover is not None:
            cover.cover_again()
        else:
            self._cover(window)
        if window.windowType() in _POPUPS:
            QTimer.singleShot(0, window, window.close)
        # A modal box shown now blocks every older window, the unlock dialog too.
        QTimer.singleShot(0, self, self._bring_dialog_forward)

    def _open_dialog(self) -> None:
        if self.dialog is None or not _alive(self.dialog):
            self.dialog = UnlockDialog(self, self._main)
        self.dialog.refresh()
        self.dialog.show()
        self._bring_dialog_forward()

    def _bring_dialog_forward(self) -> None:
        dialog = self.dialog
        if not self._locked or dialog is None or not _alive(dialog):
            return
        if QApplication.activeModalWidget() is not dialog:
            dialog.hide()  # not exec'd: hiding ends nothing
            dialog.show()  # and it is the newest modal window again
        _bring_to_front(dialog)
        dialog.focus_entry()

    def _touched(self) -> None:
        """A click or key on a cover: the unlock dialog, should it be gone."""
        if not self._locked:
            return
        if self.dialog is None or not _alive(self.dialog) or not self.dialog.isVisible():
            self._open_dialog()
        else:
            self._bring_dialog_forward()

    # -- unlocking ----------------------------------------------------------------------

    def use_password(self) -> None:
        """The person would rather type their password than their PIN."""
        self._password_only = True

    def try_unlock(self, secret: str) -> str | None:
        """Unlock with the signed-in person's PIN or password; the refusal otherwise."""
        if not self._locked:
            return None
        pin = self.asks_for_pin
        try:
            with _wait_cursor():
                right = (
                    protection.check_pin(self.clinic, secret)
                    if pin
                    else protection.check_password(self.clinic, secret)
                )
        except UserError as exc:  # SignInRefused: a wait after wrong passwords
            return str(exc)
        if right:
            self._pin_failures = 0  # five wrong PINs in a row, not five ever
            self._password_only = False
            protection.note_unlocked(self.clinic)
            self._finish()
            return None
        protection.note_wrong_unlock(self.clinic)
        if not pin:
            return translate("access.lock", NOT_YOUR_PASSWORD)
        self._pin_failures += 1
        left = PIN_TRIES - self._pin_failures
        if left <= 0:
            return translate("access.lock", _PIN_TRIES_USED).format(count=PIN_TRIES)
        if left == 1:
            return self.tr("That is not your PIN; 1 try left.")
        return self.tr("That is not your PIN; %n tries left.", "", left)

    def try_sign_in(self, login: str, password: str) -> str | None:
        """Another person signs in with their password; the refusal otherwise."""
        if not self._locked:
            return None
        try:
            with _wait_cursor():
                other = protection.sign_in(self.clinic.path, login, password)
        except UserError as exc:
            return str(exc)
        try:
            new_staff = other.staff
        finally:
            other.close()  # this handle keeps its own key and connection
        if new_staff is None:
            return protection.SIGN_IN_REFUSED
        me = self.clinic.staff
        if me is not None and new_staff.id == me.id:
            self._pin_failures = 0
            self._password_only = False
            protection.note_unlocked(self.clinic)
            self._finish()
            return None
        return self._switch_to(new_staff)

    def _switch_to(self, new_staff: Staff) -> str | None:
        me = self.clinic.staff
        name = me.display_name if me is not None else self.tr("the previous person")
        self.switching.emit(new_staff)
        others = [w for w in self.covered_windows() if w is not self._main and w.isVisible()]
        if others:
            answer = QMessageBox.question(
                self.dialog,
                self.tr("Switch user"),
                self.tr(
                    "Close {name}'s open windows? Unsaved typing in them is lost; "
                    "form drafts are kept."
                ).format(name=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return self.tr("Still locked: {name}'s windows stay open.").format(name=name)
            self._closing_others = True  # a "discard changes?" box is not covered
            try:
                for window in others:
                    if isinstance(window, QDialog):
                        window.reject()
                    else:
                        window.close()
            finally:
                self._closing_others = False
            if any(_alive(w) and w.isVisible() for w in others):
                return self.tr(
                    "Some of {name}'s windows did not close; unlock as {name} to close them first."
                ).format(name=name)
        protection.sign_out(self.clinic)
        self.clinic.staff = new_staff
        self._pin_failures = 0
        self._password_only = False
        self._finish(new_staff)
        return None

    def _finish(self, new_staff: Staff | None = None) -> None:
        """End the lock: the dialog closed, (the new person's pages built,) the covers off."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None and _alive(dialog):
            dialog.may_close = True
            dialog.close()
            dialog.deleteLater()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._locked = False
        self._finishing = True
        try:
            if new_staff is not None:
                self.user_changed.emit(new_staff)
            covers, self._covers = self._covers, []
            for cover in covers:
                if _alive(cover) and _alive(cover.window_):
                    cover.remove()
            self._restore_focus()
        finally:
            self._finishing = False
        self.idle_watch.resume()
        self.unlocked.emit()

    def _restore_focus(self) -> None:
        active, self._active_window = self._active_window, None
        focus, self._focus = self._focus, None
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a box that opened meanwhile, or the dialog that was open
            active = modal
        if active is None or not _alive(active) or not active.isVisible():
            active = self._main if _alive(self._main) and self._main.isVisible() else None
        if active is None:
            return
        active.activateWindow()
        if focus is not None and _alive(focus) and focus.window() is active:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


def _minutes(minutes: int) -> int:
    low, high = IDLE_MINUTES
    return min(high, max(low, int(minutes)))


__all__ = [
    "LOCKED_TEXT",
    "LOCKED_TITLE",
    "PIN_TRIES",
    "IdleWatch",
    "LockController",
    "UnlockDialog",
]
