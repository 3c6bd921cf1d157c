//go:build linux || freebsd || openbsd || netbsd || dragonfly

package gui

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// privateBus starts a D-Bus daemon of the test's own, with no services to
// start, and returns its address.
func privateBus(t *testing.T) string {
	t.Helper()
	daemon, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("no dbus-daemon here")
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "bus.conf")
	os.WriteFile(conf, []byte(`<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=`+filepath.Join(dir, "bus")+`</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`), 0o644)
	cmd := exec.Command(daemon, "--config-file="+conf, "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Skipf("dbus-daemon did not start: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon printed no address: %v", err)
	}
	return strings.TrimSpace(addr)
}

// fakePortal is an XDG desktop portal's file chooser on a test bus: it
// records its calls and answers as the test says, after sending the
// caller signals it must not take for the answer.
type fakePortal struct {
	conn *dbus.Conn
	t    *testing.T

	mu     sync.Mutex
	calls  []string
	opts   []map[string]dbus.Variant
	closed []dbus.ObjectPath
	// uris answers the next call (nil: the user cancels); hold keeps the
	// dialog open until the caller closes it.
	uris []string
	hold bool
}

func newFakePortal(t *testing.T, addr string) *fakePortal {
	t.Helper()
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	p := &fakePortal{conn: conn, t: t}
	if err := conn.Export(portalProps{}, portalObject, "org.freedesktop.DBus.Properties"); err != nil {
		t.Fatal(err)
	}
	if err := conn.Export(p, portalObject, portalFileChooser); err != nil {
		t.Fatal(err)
	}
	if reply, err := conn.RequestName(portalBusName, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot own the portal's name: %v %v", reply, err)
	}
	return p
}

// portalProps answers the version of the file chooser.
type portalProps struct{}

func (portalProps) Get(iface, prop string) (dbus.Variant, *dbus.Error) {
	if iface == portalFileChooser && prop == "version" {
		return dbus.MakeVariant(uint32(4)), nil
	}
	return dbus.Variant{}, dbus.NewError("org.freedesktop.DBus.Error.UnknownProperty", nil)
}

func (p *fakePortal) OpenFile(sender dbus.Sender, parent, title string, opts map[string]dbus.Variant) (dbus.ObjectPath, *dbus.Error) {
	return p.request(sender, "OpenFile", opts), nil
}

func (p *fakePortal) SaveFile(sender dbus.Sender, parent, title string, opts map[string]dbus.Variant) (dbus.ObjectPath, *dbus.Error) {
	return p.request(sender, "SaveFile", opts), nil
}

// request records a call and answers it as the portal does: the
// request's path now, the Response signal on it when the user is done.
func (p *fakePortal) request(sender dbus.Sender, method string, opts map[string]dbus.Variant) dbus.ObjectPath {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls = append(p.calls, method)
	p.opts = append(p.opts, opts)
	token, _ := opts["handle_token"].Value().(string)
	name := strings.ReplaceAll(strings.TrimPrefix(string(sender), ":"), ".", "_")
	path := dbus.ObjectPath(portalObject + "/request/" + name + "/" + token)
	p.conn.Export(closer{p, path}, path, portalRequest)
	uris, hold := p.uris, p.hold
	go func() {
		time.Sleep(20 * time.Millisecond)
		// Signals the caller must not take for its answer: a setting
		// that changed, and the answer to another request.
		p.send(sender, portalObject, "org.freedesktop.portal.Settings", "SettingChanged",
			"org.freedesktop.appearance", "color-scheme", dbus.MakeVariant(uint32(1)))
		p.send(sender, portalObject+"/request/"+dbus.ObjectPath(name)+"/other", portalRequest, "Response",
			uint32(0), map[string]dbus.Variant{"uris": dbus.MakeVariant([]string{"file:///etc/passwd"})})
		if hold {
			return
		}
		status := uint32(0)
		if uris == nil {
			status = 1
		}
		p.send(sender, path, portalRequest, "Response", status, map[string]dbus.Variant{"uris": dbus.MakeVariant(uris)})
	}()
	return path
}

// send sends a signal to one connection, as the portal sends its answers.
func (p *fakePortal) send(to dbus.Sender, path dbus.ObjectPath, iface, member string, body ...any) {
	msg := &dbus.Message{Type: dbus.TypeSignal, Headers: map[dbus.HeaderField]dbus.Variant{
		dbus.FieldPath:        dbus.MakeVariant(path),
		dbus.FieldInterface:   dbus.MakeVariant(iface),
		dbus.FieldMember:      dbus.MakeVariant(member),
		dbus.FieldDestination: dbus.MakeVariant(string(to)),
		dbus.FieldSignature:   dbus.MakeVariant(dbus.SignatureOf(body...)),
	}, Body: body}
	if call := p.conn.Send(msg, nil); call.Err != nil {
		p.t.Errorf("cannot send %s: %v", member, call.Err)
	}
}

// answer sets how the next dialog is answered.
func (p *fakePortal) answer(uris []string, hold bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.uris, p.hold = uris, hold
}

// call returns the method and options of call i.
func (p *fakePortal) call(i int) (string, map[string]dbus.Variant) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls[i], p.opts[i]
}

// closer is a request's object, which the caller may close.
type closer struct {
	p    *fakePortal
	path dbus.ObjectPath
}

func (c closer) Close() *dbus.Error {
	c.p.mu.Lock()
	defer c.p.mu.Unlock()
	c.p.closed = append(c.p.closed, c.path)
	return nil
}

func testChooser(addr string) portalChooser {
	return portalChooser{connect: func() (*dbus.Conn, error) { return dbus.Connect(addr) }}
}

func TestPortalChooserTakesItsOwnAnswer(t *testing.T) {
	addr := privateBus(t)
	p := newFakePortal(t, addr)
	c := testChooser(addr)
	ctx := context.Background()

	p.answer([]string{"file:///home/ana/News/fares%20rise.html", "file:///home/ana/News/strike.txt"}, false)
	req := fileRequest{title: "Open Articles", accept: "Open", multiple: true, dir: "/home/ana/News",
		filter: "Articles", exts: []string{".txt", ".html"}}
	paths, err := c.choose(ctx, "x11:3a00004", req)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"/home/ana/News/fares rise.html", "/home/ana/News/strike.txt"}; !slices.Equal(paths, want) {
		t.Errorf("paths %q, want %q", paths, want)
	}
	method, opts := p.call(0)
	if method != "OpenFile" || opts["multiple"].Value() != true || opts["directory"].Value() != false ||
		opts["accept_label"].Value() != "Open" || opts["modal"].Value() != true {
		t.Errorf("OpenFile with %v", opts)
	}
	if got, _ := opts["current_folder"].Value().([]byte); string(got) != "/home/ana/News\x00" {
		t.Errorf("current_folder %q", got)
	}
	filters, _ := opts["filters"].Value().([][]any)
	if len(filters) != 2 || filters[0][0] != "Articles (.txt, .html)" || filters[1][0] != "All files" {
		t.Errorf("filters %v", opts["filters"])
	}

	// Save: a name, and the user cancels.
	p.answer(nil, false)
	paths, err = c.choose(ctx, "", fileRequest{title: "Export PDF", save: true, name: "2026-11-26 Fares.pdf", exts: []string{".pdf"}})
	if err != nil || paths != nil {
		t.Errorf("cancelled save: %q, %v", paths, err)
	}
	if method, opts := p.call(1); method != "SaveFile" || opts["current_name"].Value() != "2026-11-26 Fares.pdf" {
		t.Errorf("%s with %v", method, opts)
	}
}

func TestPortalDialogClosesWhenTheAppQuits(t *testing.T) {
	addr := privateBus(t)
	p := newFakePortal(t, addr)
	p.answer(nil, true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := testChooser(addr).choose(ctx, "", fileRequest{title: "Open Folder", folder: true})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("choose returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("choose did not return when its context was cancelled")
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		p.mu.Lock()
		n := len(p.closed)
		p.mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the portal's dialog was not closed")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestNoPortalOnTheBusIsNoSystemDialog(t *testing.T) {
	addr := privateBus(t)
	start := time.Now()
	_, err := testChooser(addr).choose(context.Background(), "", fileRequest{title: "Open Articles"})
	if !errors.Is(err, errNoNative) {
		t.Errorf("err = %v, want errNoNative", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("it took %v to find there is no portal", took)
	}
	// No session bus at all.
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "none"))
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	if _, err := newNativeChooser().choose(context.Background(), "", fileRequest{}); !errors.Is(err, errNoNative) {
		t.Errorf("without a session bus: err = %v, want errNoNative", err)
	}
}
