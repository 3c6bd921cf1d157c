//go:build linux || freebsd || openbsd || netbsd || dragonfly

package gui

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/godbus/dbus/v5"
	"github.com/rymdport/portal"
	"github.com/rymdport/portal/filechooser"
)

// On Linux and the BSDs the file dialogs are the XDG desktop portal's
// (org.freedesktop.portal.FileChooser): the desktop's own dialog, which
// every desktop with a portal backend offers (GNOME, KDE, and the GTK
// backend for the others).
//
// The call is made here on godbus rather than through rymdport/portal's
// filechooser.OpenFile and SaveFile (v0.4.2, the version Fyne brings):
// those subscribe to the portal's answer only after the call returns, and
// take as the answer the first signal their connection receives, which on
// the session bus connection they share with Fyne may be the portal's
// SettingChanged (Fyne listens for the theme there) — a change of a
// setting while the dialog is open would lose the user's choice; and
// they cannot close a dialog still open when the app quits. The portal
// module's filter types and its window handle format are used.
//
// Each dialog has a private connection: the answer is subscribed to on the
// request's own object path (named by a handle token) before the call,
// and only that signal is taken; the connection goes when the dialog does.

// Names on the bus of the portal's objects.
const (
	portalBusName     = "org.freedesktop.portal.Desktop"
	portalObject      = "/org/freedesktop/portal/desktop"
	portalFileChooser = "org.freedesktop.portal.FileChooser"
	portalRequest     = "org.freedesktop.portal.Request"
)

// portalProbeTimeout bounds how long the app waits to learn whether the
// portal is there: the bus says at once that no one owns its name; a bus
// that starts a portal that never answers must not keep the user from a
// dialog.
const portalProbeTimeout = 2 * time.Second

// portalChooser shows the portal's file dialogs.
type portalChooser struct {
	// connect opens a private connection to the session bus (tests
	// point it at a bus of their own).
	connect func() (*dbus.Conn, error)
}

func newNativeChooser() nativeChooser {
	return portalChooser{connect: connectSessionBus}
}

// connectSessionBus opens a private connection to the user's session bus,
// without starting one when there is none (the address is in
// DBUS_SESSION_BUS_ADDRESS, or the bus socket in XDG_RUNTIME_DIR).
func connectSessionBus() (*dbus.Conn, error) {
	conn, err := dbus.SessionBusPrivateNoAutoStartup()
	if err != nil {
		return nil, err
	}
	if err = conn.Auth(nil); err == nil {
		err = conn.Hello()
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// nativeParent is the window's handle as the portal takes it, so that the
// dialog is modal to the window: "x11:HEX" under X11; "" under Wayland,
// whose handles need a protocol Fyne does not offer.
func nativeParent(w fyne.Window) string {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return ""
	}
	handle := ""
	nw.RunNative(func(ctx any) {
		if x, ok := ctx.(driver.X11WindowContext); ok && x.WindowHandle != 0 {
			handle = portal.FormatX11WindowHandle(x.WindowHandle)
		}
	})
	return handle
}

// choose asks the portal; errNoNative when there is no session bus, no
// portal or no file chooser in it.
func (p portalChooser) choose(ctx context.Context, parent string, req fileRequest) ([]string, error) {
	conn, err := p.connect()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNoNative, err)
	}
	defer conn.Close()
	desktop := conn.Object(portalBusName, portalObject)
	probe, cancel := context.WithTimeout(ctx, portalProbeTimeout)
	var version dbus.Variant
	err = desktop.CallWithContext(probe, "org.freedesktop.DBus.Properties.Get", 0, portalFileChooser, "version").Store(&version)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNoNative, err)
	}

	// The request's object path, known before the call from the token.
	names := conn.Names()
	if len(names) == 0 {
		return nil, errors.New("the session bus gave the connection no name")
	}
	token := newHandleToken()
	sender := strings.ReplaceAll(strings.TrimPrefix(names[0], ":"), ".", "_")
	want := dbus.ObjectPath(portalObject + "/request/" + sender + "/" + token)
	match := []dbus.MatchOption{dbus.WithMatchObjectPath(want), dbus.WithMatchInterface(portalRequest), dbus.WithMatchMember("Response")}
	if err := conn.AddMatchSignalContext(ctx, match...); err != nil {
		return nil, err
	}
	signals := make(chan *dbus.Signal, 8)
	conn.Signal(signals)
	defer conn.RemoveSignal(signals)

	method, opts := portalCall(req, token)
	var handle dbus.ObjectPath
	if err := desktop.CallWithContext(ctx, method, 0, parent, req.title, opts).Store(&handle); err != nil {
		return nil, err
	}
	for {
		select {
		case sig := <-signals:
			if sig == nil || sig.Name != portalRequest+".Response" || (sig.Path != want && sig.Path != handle) {
				continue
			}
			return portalPaths(sig.Body)
		case <-ctx.Done():
			// The app quits: the dialog goes with it.
			conn.Object(portalBusName, handle).Call(portalRequest+".Close", dbus.FlagNoReplyExpected)
			return nil, ctx.Err()
		}
	}
}

// newHandleToken makes the last element of a request's object path.
func newHandleToken() string {
	b := make([]byte, 8)
	rand.Read(b)
	return "briefing_" + hex.EncodeToString(b)
}

// portalCall is the portal's method for a request and its options.
func portalCall(req fileRequest, token string) (string, map[string]dbus.Variant) {
	opts := map[string]dbus.Variant{
		"handle_token": dbus.MakeVariant(token),
		"modal":        dbus.MakeVariant(true),
	}
	if req.accept != "" {
		opts["accept_label"] = dbus.MakeVariant(req.accept)
	}
	if req.dir != "" {
		// A byte string ending in NUL, as the portal takes paths.
		opts["current_folder"] = dbus.MakeVariant(append([]byte(req.dir), 0))
	}
	if len(req.exts) > 0 {
		var rules []filechooser.Rule
		for _, e := range req.exts {
			// Patterns are matched with case: both.
			rules = append(rules,
				filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*" + strings.ToLower(e)},
				filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*" + strings.ToUpper(e)})
		}
		files := filechooser.Filter{Name: filterName(req.filter, req.exts), Rules: rules}
		all := filechooser.Filter{Name: "All files", Rules: []filechooser.Rule{{Type: filechooser.GlobPattern, Pattern: "*"}}}
		opts["filters"] = dbus.MakeVariant([]filechooser.Filter{files, all})
		opts["current_filter"] = dbus.MakeVariant(files)
	}
	if req.save {
		if req.name != "" {
			opts["current_name"] = dbus.MakeVariant(req.name)
		}
		return portalFileChooser + ".SaveFile", opts
	}
	opts["multiple"] = dbus.MakeVariant(req.multiple)
	opts["directory"] = dbus.MakeVariant(req.folder)
	return portalFileChooser + ".OpenFile", opts
}

// portalPaths reads the paths of the portal's answer (response, results):
// none when the user cancelled.
func portalPaths(body []any) ([]string, error) {
	if len(body) != 2 {
		return nil, fmt.Errorf("the file dialog answered %d values, not 2", len(body))
	}
	status, ok := body[0].(uint32)
	if !ok {
		return nil, fmt.Errorf("the file dialog answered a status of type %T", body[0])
	}
	switch status {
	case 0:
	case 1:
		return nil, nil // cancelled
	default:
		return nil, errors.New("the file dialog ended without an answer")
	}
	results, _ := body[1].(map[string]dbus.Variant)
	uris, _ := results["uris"].Value().([]string)
	var paths []string
	for _, s := range uris {
		u, err := url.Parse(s)
		if err != nil || u.Scheme != "file" || u.Path == "" {
			return nil, fmt.Errorf("the file dialog answered %q, not a file", s)
		}
		paths = append(paths, u.Path)
	}
	return paths, nil
}
