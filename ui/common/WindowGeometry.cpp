#include "common/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace helpdesk::WindowGeometry {

void restore(QWidget *window, const QByteArray &saved, QSize preferred)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(preferred);
    fitToScreen(window);
}

void fitToScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (window->isMaximized() || window->isFullScreen())
        return; // the window system keeps those within the screen
    // The frame around the window (title bar, borders) counts; before the window is shown it
    // is unknown, so leave a margin for it.
    QMargins frame(window->geometry().left() - window->frameGeometry().left(),
                   window->geometry().top() - window->frameGeometry().top(),
                   window->frameGeometry().right() - window->geometry().right(),
                   window->frameGeometry().bottom() - window->geometry().bottom());
    if (frame.isNull() && !window->isVisible())
        frame = QMargins(4, 32, 4, 4);
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect outer(window->pos(), size.grownBy(frame)); // pos(): where the frame starts
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    if (outer.topLeft() != window->pos())
        window->move(outer.topLeft());
}

} // namespace helpdesk::WindowGeometry
