#pragma once
// Installs the app's and Qt's translations for the user's language: the system's languages, or
// the one asked for with --language or the "ui/language" setting.

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

namespace helpdesk {

class Translations
{
public:
    // The setting that overrides the system's languages ("de", "en"; empty or "system": the
    // system's), read by both executables; a Settings page may write it.
    static constexpr const char *SettingKey = "ui/language";

    // The language given as --language CODE or --language=CODE in argv, or an empty string.
    // Read before the application object exists, so that --help is already translated.
    static QString fromArguments(int argc, char **argv);

    // Installs the translators on the current QCoreApplication; `language` comes from the
    // command line and wins over the setting. Call again after replacing the application
    // object. Returns the language whose translation was loaded ("de"), or "en".
    QString install(const QString &language = QString());

    // The folders searched for Qt's own qtbase_*.qm: next to the executable (windeployqt,
    // macdeployqt) and Qt's own translations folder (Linux distributions).
    static QStringList qtTranslationFolders();

private:
    void clear();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace helpdesk
