#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace hc {

namespace {

struct SystemLook {
    QString styleName;
    QPalette palette;
};

// Captured before the first change: what "System" goes back to.
std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

// Whether a palette of ours was ever set (from then on Qt no longer follows the desktop's palette by itself).
bool &overridden()
{
    static bool set = false;
    return set;
}

Settings::Theme &currentTheme()
{
    static Settings::Theme theme = Settings::Theme::System;
    return theme;
}

void setGroupColors(QPalette &p, QPalette::ColorGroup group, const QColor &window, const QColor &base,
    const QColor &text, const QColor &button)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::AlternateBase, base.lightness() < 128 ? base.lighter(118) : base.darker(104));
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::ToolTipBase, base);
    p.setColor(group, QPalette::ToolTipText, text);
}

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf1);
    const QColor text(0x23, 0x26, 0x29);
    for (auto group : { QPalette::Active, QPalette::Inactive })
        setGroupColors(p, group, window, Qt::white, text, QColor(0xfc, 0xfc, 0xfc));
    setGroupColors(p, QPalette::Disabled, window, window, QColor(0x8a, 0x8e, 0x92), window);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x7a, 0x3e, 0x9d));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x6e, 0x72));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xd8, 0xda, 0xdc));
    p.setColor(QPalette::Mid, QColor(0xa8, 0xab, 0xae));
    p.setColor(QPalette::Dark, QColor(0x80, 0x83, 0x86));
    p.setColor(QPalette::Shadow, QColor(0x47, 0x4a, 0x4c));
    return p;
}

QPalette Theme::darkPalette()
{
    // Contrast checked by eye and against WCAG AA for body text (text on base ≈ 12:1, placeholder ≈ 5:1).
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1e, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    for (auto group : { QPalette::Active, QPalette::Inactive })
        setGroupColors(p, group, window, base, text, QColor(0x36, 0x3b, 0x40));
    setGroupColors(p, QPalette::Disabled, window, window, QColor(0x80, 0x85, 0x8a), window);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8a, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa5, 0xaa));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x61));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x34, 0x38));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    return p;
}

void Theme::apply(Settings::Theme theme)
{
    if (!systemLook())
        systemLook() = SystemLook { QApplication::style()->name(), QApplication::palette() };
    currentTheme() = theme;
    if (theme != Settings::Theme::System)
        overridden() = true;
    // The palette first: setStyle() re-polishes every widget, so stylesheets using palette(...) (the dashboard's
    // cards) pick up the new colours; a palette set afterwards would reach them only half.
    switch (theme) {
    case Settings::Theme::System:
        // Untouched so far: leave Qt's own palette alone, so it keeps following the desktop when that changes.
        if (!overridden())
            return;
        QApplication::setPalette(systemLook()->palette);
        QApplication::setStyle(QStyleFactory::create(systemLook()->styleName));
        return;
    case Settings::Theme::Light:
        QApplication::setPalette(lightPalette());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        return;
    case Settings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        return;
    }
}

Settings::Theme Theme::current()
{
    return currentTheme();
}

} // namespace hc
