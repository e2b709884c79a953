#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>

namespace helpdesk {

namespace {

// The translations compiled into the executables (resources/translations/*.ts).
constexpr auto kAppFolder = ":/i18n";

std::unique_ptr<QTranslator> loaded(const QLocale &locale, const QString &name,
                                    const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            return translator;
    }
    return nullptr;
}

} // namespace

QString Translations::fromArguments(int argc, char **argv)
{
    const QByteArray option("--language");
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(option + '='))
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
    }
    return QString();
}

QStringList Translations::qtTranslationFolders()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {appDir + QStringLiteral("/translations"),
            appDir + QStringLiteral("/../Resources/translations"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
}

QString Translations::install(const QString &language)
{
    clear();
    QString chosen = language.trimmed();
    if (chosen.isEmpty())
        chosen = QSettings().value(QLatin1String(SettingKey)).toString().trimmed();
    if (chosen.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        chosen.clear();

    // An explicit choice also sets dates and numbers; the system's languages keep the
    // system's formats.
    QLocale locale = QLocale::system();
    if (!chosen.isEmpty()) {
        locale = QLocale(chosen);
        QLocale::setDefault(locale);
    }

    const QStringList appFolder{QLatin1String(kAppFolder)};
    auto app = loaded(locale, QStringLiteral("helpdesk"), appFolder);
    QString result = QStringLiteral("en");
    if (app) {
        result = QLocale(app->language()).name().section(u'_', 0, 0);
        // Qt's dialogs and context menus in the same language as the app, never in another:
        // qtbase_de.qm from Linux distributions and macdeployqt, qt_de.qm from windeployqt.
        for (const char *name : {"qtbase", "qt"}) {
            if (auto qt =
                    loaded(QLocale(app->language()), QLatin1String(name), qtTranslationFolders())) {
                m_installed.push_back(std::move(qt));
                break;
            }
        }
        m_installed.push_back(std::move(app));
    } else if (auto english =
                   loaded(QLocale(QLocale::English), QStringLiteral("helpdesk"), appFolder)) {
        // English needs no translation, but its plural forms do ("1 link", "2 links").
        m_installed.push_back(std::move(english));
    }
    for (const auto &translator : m_installed)
        QCoreApplication::installTranslator(translator.get());
    return result;
}

void Translations::clear()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

} // namespace helpdesk
