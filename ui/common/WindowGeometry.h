#pragma once
// Restoring a window's saved geometry so that it fits the screen it opens on: a geometry saved
// on a larger screen, or at another scale factor (QT_SCALE_FACTOR=2 turns a 1400×800 window
// into 2800×1600 device pixels), is shrunk and moved into the screen's available area rather
// than restored past its edges.

#include <QByteArray>
#include <QSize>

class QWidget;

namespace helpdesk::WindowGeometry {

// Restores `saved` (QWidget::saveGeometry), or sizes the window to `preferred` when there is
// nothing to restore; either way the window ends up within its screen's available geometry.
void restore(QWidget *window, const QByteArray &saved, QSize preferred);

// Shrinks and moves the window into its screen's available geometry (frame included).
void fitToScreen(QWidget *window);

} // namespace helpdesk::WindowGeometry
