//go:build !(linux || freebsd || openbsd || netbsd || dragonfly || windows || darwin)

package gui

import "fyne.io/fyne/v2"

// newNativeChooser: this system's file dialogs are not used (see
// filedialog.go).
func newNativeChooser() nativeChooser { return nil }

// nativeParent is unused here.
func nativeParent(fyne.Window) string { return "" }
