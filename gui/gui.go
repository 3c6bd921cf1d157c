// Package gui is Briefing's desktop window, built with Fyne. It shows the
// library of loaded articles, the briefing built from them by package brief,
// and the source text behind each item.
package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Run opens the main window with the given article files and runs the app
// until the window is closed.
func Run(a fyne.App, files []string) {
	w := a.NewWindow("Briefing")
	w.SetContent(widget.NewLabel("Briefing"))
	w.Resize(fyne.NewSize(1024, 700))
	w.ShowAndRun()
}
