// The icons of the catalog's actions (ActionCatalog::icon): the freedesktop theme name each
// action uses, and the bundled SVG under :/icons/actions that stands in where the platform has
// no icon theme (Windows, macOS) or the theme lacks the name. The bundled icons are line
// drawings in one dark grey; they are tinted with the palette's text colour, so that they stay
// visible in a dark palette.

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace helpdesk {

namespace {

struct IconSource
{
    const char *theme;   // empty: no standard name, always the bundled one
    const char *bundled; // :/icons/actions/<bundled>.svg
};

const QHash<QString, IconSource> &iconSources()
{
    static const QHash<QString, IconSource> sources{
        {QStringLiteral("ticket.new"), {"document-new", "ticket-new"}},
        {QStringLiteral("ticket.reply"), {"mail-reply-sender", "ticket-reply"}},
        {QStringLiteral("ticket.note"), {"document-edit", "ticket-note"}},
        {QStringLiteral("ticket.take"), {"", "ticket-take"}},
        {QStringLiteral("ticket.troubleshoot"), {"tools-wizard", "troubleshoot"}},
        {QStringLiteral("list.search"), {"edit-find", "search"}},
        {QStringLiteral("outbox.show"), {"mail-outbox", "outbox"}},
        {QStringLiteral("tools.settings"), {"preferences-system", "settings"}},
        {QStringLiteral("app.refresh"), {"view-refresh", "refresh"}},
        {QStringLiteral("outbox.refresh"), {"view-refresh", "refresh"}},
    };
    return sources;
}

// The bundled drawing in the palette's text colour, at the sizes menus and toolbars use.
QIcon tinted(const QString &file)
{
    const QIcon source(file);
    const QPalette palette = QApplication::palette();
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QColor ink = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        for (const int size : {16, 22, 24, 32, 48}) {
            QPixmap pixmap = source.pixmap(QSize(size, size));
            if (pixmap.isNull())
                return source;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), ink);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon ActionCatalog::icon(QStringView id)
{
    const auto it = iconSources().constFind(id.toString());
    if (it == iconSources().cend())
        return {};
    const QString theme = QString::fromLatin1(it->theme);
    if (!theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return tinted(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(it->bundled)));
}

QAction *ActionCatalog::addCloseAction(ActionRegistry *registry, QWidget *window)
{
    QAction *close = registry->create(QStringLiteral("window.close"));
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    return close;
}

} // namespace helpdesk
