package gui

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne's desktop driver (2.7.1) scrolls 25 px for a click of the mouse
// wheel, about one line of text: reading an article or a page meant
// spinning the wheel six times to pass one item. Every scrolled pane of
// the window — the briefing, the source, the briefings and their articles,
// the search results, the file picker and the error list — scrolls three
// lines of body text a click instead, the step GTK, Qt and Windows take.
// The panes' Scrolls are made by newVScroll and their Lists wrapped by
// wheelList, which both scale the driver's deltas by wheelFactor.

// wheelLines is how many lines of body text a click of the wheel scrolls.
const wheelLines = 3

// driverWheelStep is how far Fyne's desktop driver (2.7.1) scrolls for one
// click of the wheel: its scrollSpeed, 10 on macOS and 25 elsewhere.
func driverWheelStep() float32 {
	if runtime.GOOS == "darwin" {
		return 10
	}
	return 25
}

// bodyLineHeight is the height a line of body text takes in a paragraph
// (the lines of a wrapped paragraph are set that far apart).
func bodyLineHeight() float32 {
	return fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
}

// wheelFactor is what the panes multiply the driver's scroll deltas by. On
// macOS, 1: there Fyne's step is the system's line, which the system
// accelerates as the wheel turns faster, and a trackpad's deltas are
// already in points.
func wheelFactor() float32 {
	if runtime.GOOS == "darwin" {
		return 1
	}
	return wheelLines * bodyLineHeight() / driverWheelStep()
}

// scaledScroll returns a copy of ev with its deltas scaled by wheelFactor.
func scaledScroll(ev *fyne.ScrollEvent) *fyne.ScrollEvent {
	c := *ev
	f := wheelFactor()
	c.Scrolled.DX *= f
	c.Scrolled.DY *= f
	return &c
}

// wheelScroll is a vertical container.Scroll that scrolls three lines of
// text a click of the wheel (see wheelFactor).
type wheelScroll struct {
	container.Scroll
}

var _ fyne.Scrollable = (*wheelScroll)(nil)

// newVScroll makes the vertical Scroll of a pane.
func newVScroll(content fyne.CanvasObject) *wheelScroll {
	s := &wheelScroll{}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled scrolls by the event's deltas, scaled.
func (s *wheelScroll) Scrolled(ev *fyne.ScrollEvent) {
	s.Scroll.Scrolled(scaledScroll(ev))
}

// wheelList returns l with a layer over it that takes the wheel: a List
// scrolls with a Scroll of its own, out of the app's reach, which the
// driver would hand the wheel to. The layer takes nothing else, so clicks,
// hovering and the scroll bar's drags reach what lies under it.
func wheelList(l *widget.List) fyne.CanvasObject {
	w := &wheelLayer{list: l}
	w.ExtendBaseWidget(w)
	return container.NewStack(l, w)
}

// wheelLayer is the layer of wheelList.
type wheelLayer struct {
	widget.BaseWidget
	list *widget.List
}

var _ fyne.Scrollable = (*wheelLayer)(nil)

// CreateRenderer draws nothing.
func (w *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// Scrolled scrolls the list by the event's vertical delta, scaled (the
// list keeps the offset within its content).
func (w *wheelLayer) Scrolled(ev *fyne.ScrollEvent) {
	dy := scaledScroll(ev).Scrolled.DY
	if dy == 0 {
		return
	}
	w.list.ScrollToOffset(max(0, w.list.GetScrollOffset()-dy))
}
