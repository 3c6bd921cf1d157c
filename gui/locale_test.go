package gui

// The tests run under the C.UTF-8 locale of containers and CI machines, as
// the app does: clocale keeps Fyne from logging a locale error there.
import _ "github.com/briefing-app/briefing/internal/clocale"
