package instance

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief/library"
)

// The tests run a second, real process: this test binary started again
// with BRIEFING_INSTANCE_HELPER set, which runs helperMain instead of the
// tests. An flock is held per open file, so two locks in one process would
// not show what two processes do.

const helperEnv = "BRIEFING_INSTANCE_HELPER"

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(helperMain(mode, os.Getenv("BRIEFING_INSTANCE_DIR")))
	}
	os.Exit(m.Run())
}

// helperMain is the other process. "serve": own the folder like the app,
// answer each request with what it got and log it to requests.log; "hold":
// own it without listening, like a command writing, until stdin closes.
// Either prints "ready" once it owns the folder.
func helperMain(mode, dir string) int {
	l, err := TryLock(dir)
	if err != nil {
		fmt.Println("lock:", err)
		return 1
	}
	if mode == "serve" {
		err := l.Serve(func(r Request) Reply {
			data, _ := json.Marshal(r)
			f, _ := os.OpenFile(filepath.Join(dir, "requests.log"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			f.Write(append(data, '\n'))
			f.Close()
			if r.Change != nil {
				return Reply{Error: "no library here"}
			}
			return Reply{Outcome: &library.Outcome{Added: len(r.Open)}}
		})
		if err != nil {
			fmt.Println("serve:", err)
			return 1
		}
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin) // until the test closes stdin, or kills us
	l.Close()
	return 0
}

// helper starts the other process and waits until it owns dir.
func helper(t *testing.T, mode, dir string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, "BRIEFING_INSTANCE_DIR="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("the other process did not take the folder: %q %v", line, err)
	}
	return cmd, stdin
}

func TestSecondProcessHandsItsRequestToTheOwner(t *testing.T) {
	dir := t.TempDir()
	owner, _ := helper(t, "serve", dir)

	if l, err := TryLock(dir); !errors.Is(err, ErrLocked) {
		if l != nil {
			l.Close()
		}
		t.Fatalf("TryLock while another process owns the folder: %v", err)
	}
	files := []string{"/news/a.txt", "/news/b.briefing"}
	l, rep, err := Acquire(dir, Request{Open: files}, 5*time.Second)
	if err != nil || l != nil || rep == nil {
		t.Fatalf("Acquire = %v, %+v, %v; want the owner's reply", l, rep, err)
	}
	if rep.Outcome == nil || rep.Outcome.Added != 2 || rep.Err() != nil {
		t.Errorf("reply %+v", rep)
	}
	// A change gets the owner's error back, as a sentence for the user.
	rep2, err := Send(dir, Request{Change: &library.Change{Op: library.OpAdd, Briefing: "Week"}})
	if err != nil || rep2.Error != "no library here" {
		t.Errorf("change: %+v, %v", rep2, err)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "requests.log"))
	lines := strings.Split(strings.TrimSpace(string(log)), "\n")
	var first Request
	if len(lines) != 2 || json.Unmarshal([]byte(lines[0]), &first) != nil || !slices.Equal(first.Open, files) {
		t.Errorf("the owner got %q", log)
	}
	// The address is for the user alone.
	if runtimeHasPermissions() {
		if fi, err := os.Stat(filepath.Join(dir, InfoFile)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v", InfoFile, err, fi.Mode())
		}
	}

	// Killed, the owner leaves its lock behind to the system, which
	// releases it, and its address, which the next owner removes.
	owner.Process.Kill()
	owner.Wait()
	l, rep, err = Acquire(dir, Request{Open: files}, 5*time.Second)
	if err != nil || l == nil || rep != nil {
		t.Fatalf("after the owner died: %v, %+v, %v; want the lock", l, rep, err)
	}
	defer l.Close()
	if _, err := os.Stat(filepath.Join(dir, InfoFile)); !errors.Is(err, os.ErrNotExist) {
		t.Error("the dead owner's address is still there")
	}
}

func TestAWriterIsWaitedFor(t *testing.T) {
	dir := t.TempDir()
	_, stdin := helper(t, "hold", dir)
	// The holder does not listen: within a short wait, no answer.
	start := time.Now()
	if _, _, err := Acquire(dir, Request{}, 200*time.Millisecond); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("Acquire with a short wait: %v", err)
	}
	if d := time.Since(start); d < 200*time.Millisecond {
		t.Errorf("gave up after %v", d)
	}
	// Once it lets go, the waiting process gets the folder.
	go func() {
		time.Sleep(300 * time.Millisecond)
		stdin.Close()
	}()
	l, rep, err := Acquire(dir, Request{}, 10*time.Second)
	if err != nil || l == nil || rep != nil {
		t.Fatalf("Acquire after the holder finished: %v %v %v", l, rep, err)
	}
	l.Close()
}

func TestAWrongTokenGetsNoAnswer(t *testing.T) {
	dir := t.TempDir()
	helper(t, "serve", dir)
	p := filepath.Join(dir, InfoFile)
	data, _ := os.ReadFile(p)
	var in info
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatal(err)
	}
	in.Token = strings.Repeat("0", len(in.Token))
	forged, _ := json.Marshal(in)
	os.WriteFile(p, forged, 0o600)
	if _, err := Send(dir, Request{Open: []string{"/etc/passwd"}}); !errors.Is(err, ErrNoAnswer) {
		t.Errorf("Send with a wrong token: %v", err)
	}
	if log, err := os.ReadFile(filepath.Join(dir, "requests.log")); err == nil {
		t.Errorf("the owner took a request with a wrong token: %s", log)
	}
	// A port where nothing listens is no answer either, quickly.
	in.Port = 1
	bad, _ := json.Marshal(in)
	os.WriteFile(p, bad, 0o600)
	if _, err := Send(dir, Request{}); !errors.Is(err, ErrNoAnswer) {
		t.Errorf("Send to a closed port: %v", err)
	}
}

func TestLockInOneProcessAndClose(t *testing.T) {
	dir := t.TempDir()
	l, err := TryLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Serve(func(Request) Reply { return Reply{} }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, InfoFile)); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, InfoFile)); !errors.Is(err, os.ErrNotExist) {
		t.Error("Close left the address behind")
	}
	l2, err := TryLock(dir)
	if err != nil {
		t.Fatalf("the lock was not released: %v", err)
	}
	l2.Close()
}

func runtimeHasPermissions() bool { return os.PathSeparator == '/' }
