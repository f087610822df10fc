// SPDX-License-Identifier: GPL-3.0-or-later
// What a GUI suite keeps around a MainWindow: a private home with sandboxed settings, and per test
// function a fresh autosave folder and language manager. Header-only; suites link zelfscan_gui.
#pragma once

#include "app/gui/AutosaveStore.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "tests/util/SettingsSandbox.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace testutil {

struct MainWindowFixture
{
    QTemporaryDir home;
    std::unique_ptr<AutosaveStore> store;
    std::unique_ptr<LanguageManager> languages;

    /** From initTestCase(), before anything reads a setting. */
    void initTestCase(const QString& applicationName) { sandboxSettings(home.path(), applicationName); }

    /** From init(): no settings, and the autosave (and the history beside it) in a folder of this test's own.
     */
    void init()
    {
        QSettings().clear();
        store = std::make_unique<AutosaveStore>(
            home.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/autosave")));
        languages = std::make_unique<LanguageManager>();
    }

    /** From cleanup(), after the suite's window is gone. */
    void cleanup()
    {
        languages.reset();
        store.reset();
    }

    /**
     * A shown window over @p catalog in @p language, made the active window: shortcuts and
     * mnemonics only reach the active window.
     */
    std::unique_ptr<MainWindow> makeWindow(
        const zelfscan::QuestionnaireCatalog& catalog, const QString& language)
    {
        languages->setLanguage(zelfscan::Language::declared(language));
        auto window = std::make_unique<MainWindow>(catalog, *store, *languages);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }
};

} // namespace testutil
