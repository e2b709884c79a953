#include "queue/QueueListView.h"

#include "common/ActionCatalog.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace helpdesk {

namespace {

// Draws the queue name on the left and its count as a pill on the right.
class QueueItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 14));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString label = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const QColor textColor =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect area = opt.rect.adjusted(10, 0, -8, 0);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        int pillWidth = 0;
        const QVariant countValue = index.data(QueueListView::CountRole);
        if (countValue.isValid()) {
            const qint64 n = countValue.toLongLong();
            const QString countText = QLocale().toString(n);
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.9);
            const QFontMetrics fm(small);
            const int h = fm.height() + 2;
            pillWidth = qMax(fm.horizontalAdvance(countText) + 14, h + 6);
            const QRect pill(area.right() - pillWidth + 1, area.center().y() - h / 2 + 1, pillWidth,
                             h);
            const bool attention = n > 0 && index.data(QueueListView::AttentionRole).toBool();
            QColor fill;
            QColor ink;
            if (attention) {
                fill = QColor(196, 57, 43);
                ink = Qt::white;
            } else if (selected) {
                fill = textColor;
                fill.setAlpha(50);
                ink = textColor;
            } else {
                fill = opt.palette.color(group, QPalette::Text);
                fill.setAlpha(28);
                ink = textColor;
            }
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
            painter->setFont(small);
            painter->setPen(ink);
            painter->drawText(pill, Qt::AlignCenter, countText);
            pillWidth += 8;
        }
        painter->setFont(opt.font);
        painter->setPen(textColor);
        const QRect textRect = area.adjusted(0, 0, -pillWidth, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(label, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

QueueListView::QueueListView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("queueList"));
    setAccessibleName(tr("Queues"));
    setItemDelegate(new QueueItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QList<QueueKind> queues = Queues::all();
    for (int i = 0; i < queues.size(); ++i) {
        const QueueKind kind = queues.at(i);
        auto *item = new QListWidgetItem(Queues::label(kind), this);
        item->setData(QueueRole, int(kind));
        item->setData(AttentionRole,
                      kind == QueueKind::Escalated || kind == QueueKind::BreachingSla);
        item->setToolTip(ActionCatalog::toolTip(ActionCatalog::queueId(kind)));
    }
    connect(this, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *) {
                if (current)
                    emit queueSelected(QueueKind(current->data(QueueRole).toInt()));
            });
}

QListWidgetItem *QueueListView::itemFor(QueueKind kind) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(QueueRole).toInt() == int(kind))
            return item(i);
    return nullptr;
}

void QueueListView::setCounts(const QHash<QueueKind, qint64> &counts)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (QListWidgetItem *item = itemFor(it.key())) {
            item->setData(CountRole, QVariant::fromValue(it.value()));
            item->setData(Qt::AccessibleDescriptionRole,
                          tr("Tickets: %1").arg(QLocale().toString(it.value())));
        }
    }
}

qint64 QueueListView::queueCount(QueueKind kind) const
{
    const QListWidgetItem *item = itemFor(kind);
    const QVariant v = item ? item->data(CountRole) : QVariant();
    return v.isValid() ? v.toLongLong() : -1;
}

QueueKind QueueListView::currentQueue() const
{
    const QListWidgetItem *item = currentItem();
    return item ? QueueKind(item->data(QueueRole).toInt()) : QueueKind::AllOpen;
}

void QueueListView::setCurrentQueue(QueueKind kind)
{
    if (QListWidgetItem *item = itemFor(kind))
        setCurrentItem(item);
}

QSize QueueListView::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("M")) * 18, 300};
}

} // namespace helpdesk
