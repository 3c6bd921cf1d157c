// Package instance makes one process at a time the owner of a library
// folder: the desktop app for as long as it runs, or a command
// (`briefing new`, `briefing add`) for the moment it writes. Two processes
// writing one library would overwrite each other's changes and delete each
// other's temporary files mid-save.
//
// The owner holds an exclusive lock on the file .lock in the folder
// (flock on Linux, macOS and the BSDs; a file opened without sharing on
// Windows), which the system releases when the process ends, however it
// ends. The app also listens on a loopback TCP port (127.0.0.1 only) and
// writes the port and a random token to .instance in the folder, readable
// by the user alone. Another process that finds the lock taken hands its
// request to the owner there instead — the files a second launch was asked
// to open, or a command's change to the library — and the owner applies it
// (see Acquire, Lock.Serve and Send). Loopback TCP works the same on every
// system Briefing runs on, and the token keeps other users' programs from
// sending anything.
//
// It uses the standard library only.
package instance

import (
	"bufio"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/briefing-app/briefing/brief/library"
)

// The files of the protocol, in the library folder.
const (
	// LockFile is locked by the owner. It is never deleted: deleting a
	// lock file another process waits on would let two processes in.
	LockFile = ".lock"
	// InfoFile tells where the owner listens: its port and token.
	InfoFile = ".instance"
)

// Limits of the protocol.
const (
	// maxRequest bounds a request: a command may send many articles (each
	// at most 16 MiB).
	maxRequest = 512 << 20
	// handshakeTimeout bounds the exchange of the token: an owner that
	// does not answer within it is not answering.
	handshakeTimeout = 3 * time.Second
	// requestTimeout bounds the rest of a request and its reply.
	requestTimeout = 2 * time.Minute
	// closeWait bounds how long Close waits for requests being answered.
	closeWait = 2 * time.Second
)

// Errors.
var (
	// ErrLocked is returned by TryLock when another process owns the
	// folder.
	ErrLocked = errors.New("another Briefing is using this library")
	// ErrNoAnswer is returned by Send when no owner answers: none listens
	// (a command holds the lock for a moment), or it is not Briefing, or it
	// did not accept the token. Nothing was sent: it is safe to try again.
	ErrNoAnswer = errors.New("the Briefing that has the library open did not answer")
)

// Request is what a process that found the lock taken asks of the owner.
type Request struct {
	// Open lists files (absolute paths) for the app to open: articles and
	// .briefing files. A second launch of the app sends its command line.
	Open []string `json:"open,omitempty"`
	// Change is a change to the library, made by a command.
	Change *library.Change `json:"change,omitempty"`
}

// Reply is the owner's answer.
type Reply struct {
	// Outcome is what a Change did.
	Outcome *library.Outcome `json:"outcome,omitempty"`
	// Error is why the request failed, phrased for the user; "" when it
	// did not.
	Error string `json:"error,omitempty"`
	// Kind names the library's error Error was, so that the sender can
	// tell them apart (see Err): "name-taken", "no-briefing", "sample".
	Kind string `json:"kind,omitempty"`
}

// The library's errors a Reply carries by name.
var errorKinds = map[string]error{
	"name-taken":  library.ErrNameTaken,
	"no-briefing": library.ErrNoBriefing,
	"sample":      library.ErrSample,
}

// Err returns the reply's error, or nil. It wraps the library's error it
// was in the owner (errors.Is(err, library.ErrNameTaken) holds).
func (r Reply) Err() error {
	if r.Error == "" {
		return nil
	}
	return remoteError{msg: r.Error, kind: errorKinds[r.Kind]}
}

// remoteError is an error that happened in the owner.
type remoteError struct {
	msg  string
	kind error
}

func (e remoteError) Error() string { return e.msg }
func (e remoteError) Unwrap() error { return e.kind }

// errorReply makes the reply of an error.
func errorReply(err error) Reply {
	rep := Reply{Error: err.Error()}
	for k, e := range errorKinds {
		if errors.Is(err, e) {
			rep.Kind = k
		}
	}
	return rep
}

// info is the content of InfoFile.
type info struct {
	PID   int    `json:"pid"`
	Port  int    `json:"port"`
	Token string `json:"token"`
}

// Lock is the ownership of a library folder.
type Lock struct {
	dir   string
	file  *os.File
	token string

	mu     sync.Mutex
	ln     net.Listener
	closed bool
	conns  sync.WaitGroup
}

// TryLock makes the calling process the owner of the folder dir (created
// when missing), or returns ErrLocked when another process is. It does not
// wait.
func TryLock(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the library folder: %w", err)
	}
	f, err := lockFile(filepath.Join(dir, LockFile))
	if err != nil {
		return nil, err
	}
	// An InfoFile left by an owner that was killed points at a port that
	// is closed, or that another program now uses: it goes.
	os.Remove(filepath.Join(dir, InfoFile))
	return &Lock{dir: dir, file: f}, nil
}

// Dir returns the folder the lock is for.
func (l *Lock) Dir() string { return l.dir }

// Serve listens for requests from other processes and calls handle for
// each, on a goroutine of its own; handle's reply is sent back. It returns
// once listening: requests arrive until Close.
func (l *Lock) Serve(handle func(Request) Reply) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("cannot listen for other windows of Briefing: %w", err)
	}
	var tok [32]byte
	rand.Read(tok[:])
	token := hex.EncodeToString(tok[:])
	data, _ := json.Marshal(info{PID: os.Getpid(), Port: ln.Addr().(*net.TCPAddr).Port, Token: token})
	if err := writePrivate(filepath.Join(l.dir, InfoFile), data); err != nil {
		ln.Close()
		return fmt.Errorf("cannot tell other windows of Briefing where to find this one: %w", err)
	}
	l.mu.Lock()
	l.ln, l.token = ln, token
	l.mu.Unlock()
	go l.accept(ln, token, handle)
	return nil
}

func (l *Lock) accept(ln net.Listener, token string, handle func(Request) Reply) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return // closed
		}
		l.conns.Add(1)
		go func() {
			defer l.conns.Done()
			defer c.Close()
			serveConn(c, token, handle)
		}()
	}
}

// serveConn answers one connection: the token, then one request.
func serveConn(c net.Conn, token string, handle func(Request) Reply) {
	c.SetDeadline(time.Now().Add(handshakeTimeout))
	r := bufio.NewReader(io.LimitReader(c, maxRequest))
	var hello struct {
		Token string `json:"token"`
	}
	line, err := r.ReadBytes('\n')
	if err != nil || json.Unmarshal(line, &hello) != nil ||
		subtle.ConstantTimeCompare([]byte(hello.Token), []byte(token)) != 1 {
		return // not one of ours: no answer at all
	}
	if _, err := io.WriteString(c, "{\"ok\":true}\n"); err != nil {
		return
	}
	c.SetDeadline(time.Now().Add(requestTimeout))
	var req Request
	if err := json.NewDecoder(r).Decode(&req); err != nil {
		json.NewEncoder(c).Encode(Reply{Error: fmt.Sprintf("the request could not be read: %v", err)})
		return
	}
	json.NewEncoder(c).Encode(handle(req))
}

// Close stops listening, waits a moment (at most two seconds) for the
// requests being answered, and gives the folder up.
func (l *Lock) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	ln, token := l.ln, l.token
	l.mu.Unlock()
	if ln != nil {
		ln.Close()
		// Requests being answered get a moment to finish; an app that is
		// quitting does not wait longer for them.
		done := make(chan struct{})
		go func() {
			l.conns.Wait()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(closeWait):
		}
		// Only our own InfoFile: a later owner may have written its own.
		p := filepath.Join(l.dir, InfoFile)
		if data, err := os.ReadFile(p); err == nil {
			var in info
			if json.Unmarshal(data, &in) == nil && in.Token == token {
				os.Remove(p)
			}
		}
	}
	return l.file.Close() // closing the file releases the lock
}

// Send hands a request to the owner of the folder dir and returns its
// reply. It returns an error wrapping ErrNoAnswer, having sent nothing,
// when no owner listens or answers; another error when the request was
// sent but no reply came (it may or may not have been applied).
func Send(dir string, req Request) (Reply, error) {
	data, err := os.ReadFile(filepath.Join(dir, InfoFile))
	if err != nil {
		return Reply{}, fmt.Errorf("%w (%v)", ErrNoAnswer, pathless(err))
	}
	var in info
	if err := json.Unmarshal(data, &in); err != nil || in.Port <= 0 || in.Port > 65535 || in.Token == "" {
		return Reply{}, fmt.Errorf("%w (its address cannot be read)", ErrNoAnswer)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(in.Port))
	c, err := net.DialTimeout("tcp", addr, handshakeTimeout)
	if err != nil {
		return Reply{}, fmt.Errorf("%w (%v)", ErrNoAnswer, err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(handshakeTimeout))
	hello, _ := json.Marshal(struct {
		Token string `json:"token"`
	}{in.Token})
	if _, err := c.Write(append(hello, '\n')); err != nil {
		return Reply{}, fmt.Errorf("%w (%v)", ErrNoAnswer, err)
	}
	r := bufio.NewReader(c)
	line, err := r.ReadBytes('\n')
	var ok struct {
		OK bool `json:"ok"`
	}
	if err != nil || json.Unmarshal(line, &ok) != nil || !ok.OK {
		return Reply{}, fmt.Errorf("%w (it did not accept the connection)", ErrNoAnswer)
	}
	c.SetDeadline(time.Now().Add(requestTimeout))
	if err := json.NewEncoder(c).Encode(req); err != nil {
		return Reply{}, fmt.Errorf("cannot hand the request to the Briefing that has the library open: %w", err)
	}
	var rep Reply
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return Reply{}, fmt.Errorf("the Briefing that has the library open did not reply: %w", err)
	}
	return rep, nil
}

// Acquire makes the calling process the owner of the folder dir, or hands
// req to the owner: it returns the Lock, or the owner's reply. An owner
// that does not listen (a command writing the library for a moment, or an
// app still starting) is waited for, up to wait; after that the error wraps
// ErrNoAnswer.
func Acquire(dir string, req Request, wait time.Duration) (*Lock, *Reply, error) {
	deadline := time.Now().Add(wait)
	pause := 20 * time.Millisecond
	for {
		l, err := TryLock(dir)
		if err == nil {
			return l, nil, nil
		}
		if !errors.Is(err, ErrLocked) {
			return nil, nil, err
		}
		rep, err := Send(dir, req)
		if err == nil {
			return nil, &rep, nil
		}
		if !errors.Is(err, ErrNoAnswer) || time.Now().After(deadline) {
			return nil, nil, err
		}
		time.Sleep(pause)
		pause = min(2*pause, 250*time.Millisecond)
	}
}

// writePrivate writes a file only the user can read, whole or not at all.
func writePrivate(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".instance-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o600)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// pathless keeps the reason of a file error without its path.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ApplyChange applies a request's change to the library the owner has open
// and makes the reply: what the app does with a command's change.
func ApplyChange(lib *library.Library, c *library.Change) Reply {
	if c == nil {
		return Reply{Error: "the request holds no change"}
	}
	out, err := lib.Apply(*c)
	if err != nil {
		return errorReply(err)
	}
	return Reply{Outcome: &out}
}
