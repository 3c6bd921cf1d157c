package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// The fetcher's refusals, each with a page that would otherwise make a
// good article: a server error or a forbidden page is not news, however
// well written the error page; a page that says it is too large is not
// downloaded at all; a chain of redirects ends; an address typed without
// its scheme is fetched over https.

// roundTrip is an http.RoundTripper made of a function: the fetcher's
// requests never leave the test.
type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// fakeWeb answers every request with status and body, as HTML, and
// records the requests.
type fakeWeb struct {
	mu       sync.Mutex
	requests []*http.Request
	status   int
	body     string
	header   http.Header
	length   int64 // the Content-Length announced; -1 for none
	bodyRead func() error
}

func (w *fakeWeb) fetcher() *fetcher {
	return &fetcher{client: &http.Client{Transport: roundTrip(w.roundTrip)}}
}

func (w *fakeWeb) roundTrip(r *http.Request) (*http.Response, error) {
	w.mu.Lock()
	w.requests = append(w.requests, r)
	w.mu.Unlock()
	h := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	for k, v := range w.header {
		h[k] = v
	}
	length := int64(len(w.body))
	if w.length != 0 {
		length = w.length
	}
	var body io.ReadCloser = io.NopCloser(strings.NewReader(w.body))
	if w.bodyRead != nil {
		body = &watchedBody{Reader: strings.NewReader(w.body), onRead: w.bodyRead}
	}
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", w.status, http.StatusText(w.status)),
		StatusCode:    w.status,
		Header:        h,
		Body:          body,
		ContentLength: length,
		Request:       r,
	}, nil
}

// watchedBody is a response body that reports being read.
type watchedBody struct {
	io.Reader
	onRead func() error
	closed atomic.Bool
}

func (b *watchedBody) Read(p []byte) (int, error) {
	if err := b.onRead(); err != nil {
		return 0, err
	}
	return b.Reader.Read(p)
}

func (b *watchedBody) Close() error { b.closed.Store(true); return nil }

func TestFetchRefusesErrorPagesHoweverGood(t *testing.T) {
	for _, status := range []int{100, 199, 300, 401, 403, 404, 410, 429, 500, 502, 503} {
		w := &fakeWeb{status: status, body: fetchPage}
		a, err := w.fetcher().fetch(context.Background(), "https://news.example.com/ferry")
		var le *Error
		if a != nil || !errors.Is(err, errHTTPStatus) || !errors.As(err, &le) {
			t.Errorf("status %d: %v, %v; want the page refused", status, a, err)
			continue
		}
		if !strings.Contains(err.Error(), strconv.Itoa(status)) || !strings.Contains(err.Error(), "https://news.example.com/ferry") {
			t.Errorf("status %d: message %q does not name the address and the status", status, err)
		}
	}
	// Every 2xx with a page is a page.
	for _, status := range []int{200, 203, 299} {
		w := &fakeWeb{status: status, body: fetchPage}
		if a, err := w.fetcher().fetch(context.Background(), "https://news.example.com/ferry"); err != nil || a.Title != "Ferry fares frozen for a year" {
			t.Errorf("status %d: %v", status, err)
		}
	}
}

func TestFetchRefusesAnnouncedLargePagesUnread(t *testing.T) {
	read := false
	w := &fakeWeb{status: 200, body: fetchPage, length: 50_001, bodyRead: func() error {
		read = true
		return errors.New("the body was read")
	}}
	f := w.fetcher()
	f.maxSize = 50_000
	_, err := f.fetch(context.Background(), "https://news.example.com/ferry")
	if !errors.Is(err, errTooLarge) {
		t.Errorf("a page announced at 50,001 bytes: %v, want errTooLarge", err)
	}
	if read {
		t.Error("a page announced as too large was downloaded")
	}
	// A page of exactly the limit is read, announced or not.
	for _, length := range []int64{int64(len(fetchPage)), -1} {
		w := &fakeWeb{status: 200, body: fetchPage, length: length}
		f := w.fetcher()
		f.maxSize = int64(len(fetchPage))
		if _, err := f.fetch(context.Background(), "https://news.example.com/ferry"); err != nil {
			t.Errorf("a page of the limit (announced %d): %v", length, err)
		}
		// One byte more is refused, announced or found by reading.
		f.maxSize--
		if _, err := f.fetch(context.Background(), "https://news.example.com/ferry"); !errors.Is(err, errTooLarge) {
			t.Errorf("a page one byte over the limit (announced %d): %v", length, err)
		}
	}
}

func TestFetchFollowsNineRedirectsNotTen(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, fetchPage)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	a, err := Fetch(context.Background(), srv.URL+"/hop/9")
	if err != nil || a.Path != srv.URL+"/hop/0" {
		t.Fatalf("nine redirects: %v", err)
	}
	for _, path := range []string{"/hop/10", "/loop"} {
		hits.Store(0)
		_, err = Fetch(context.Background(), srv.URL+path)
		var le *Error
		if !errors.As(err, &le) || !strings.Contains(err.Error(), "redirects too many times") {
			t.Errorf("%s: %v, want the redirects refused", path, err)
		}
		if n := hits.Load(); n != 10 {
			t.Errorf("%s: %d requests, want 10", path, n)
		}
	}
}

func TestFetchAddressWithoutScheme(t *testing.T) {
	w := &fakeWeb{status: 200, body: fetchPage}
	for _, addr := range []string{"example.com/x", "  www.example.com/x?id=4  ", "news.example.com"} {
		w.requests = nil
		a, err := w.fetcher().fetch(context.Background(), addr)
		if err != nil {
			t.Errorf("%q: %v", addr, err)
			continue
		}
		want := "https://" + strings.TrimSpace(addr)
		if len(w.requests) != 1 || w.requests[0].URL.String() != want || a.Path != want {
			t.Errorf("%q was fetched as %v, kept as %q; want %s", addr, w.requests, a.Path, want)
		}
	}
	// Without a dot it is not an address; with another scheme it is not
	// a web page.
	for _, addr := range []string{"ferry-fares", "mailto:desk@example.com", "ftp://example.com/x", "javascript://example.com/%0aalert(1)"} {
		w.requests = nil
		if _, err := w.fetcher().fetch(context.Background(), addr); err == nil || len(w.requests) > 0 {
			t.Errorf("%q: %v after %d requests, want refused unasked", addr, err, len(w.requests))
		}
	}
}

func TestFetchSiteAndPassword(t *testing.T) {
	w := &fakeWeb{status: 200, body: "Ferry fares frozen\n\nThe island's ferry company said on Wednesday it would freeze fares until next summer.", header: http.Header{"Content-Type": {"text/plain"}}}
	a, err := w.fetcher().fetch(context.Background(), "https://reader:s3cret@www.islandcourier.example/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if a.Site != "islandcourier.example" {
		t.Errorf("site %q, want the host without www.", a.Site)
	}
	if a.Path != "https://www.islandcourier.example/ferry" {
		t.Errorf("path %q keeps the password", a.Path)
	}
	if u, p, ok := w.requests[0].BasicAuth(); !ok || u != "reader" || p != "s3cret" {
		t.Error("the password in the address was not used for the request")
	}
	// The page's own name wins over the host.
	w = &fakeWeb{status: 200, body: fetchPage}
	if a, err := w.fetcher().fetch(context.Background(), "https://www.islandcourier.example/ferry"); err != nil || a.Site != "The Island Courier" {
		t.Errorf("site %q, %v; want the page's own", a.Site, err)
	}
	// Nor does a refusal show the password.
	w = &fakeWeb{status: 403, body: fetchPage}
	_, err = w.fetcher().fetch(context.Background(), "https://reader:s3cret@www.islandcourier.example/ferry")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("refusal %q", err)
	}
	// Unsupported types are refused before reading.
	w = &fakeWeb{status: 200, body: fetchPage, header: http.Header{"Content-Type": {"application/pdf"}}, bodyRead: func() error { return errors.New("read") }}
	if _, err := w.fetcher().fetch(context.Background(), "https://example.com/ferry.pdf"); !errors.Is(err, errUnsupported) || !strings.Contains(err.Error(), "application/pdf") {
		t.Errorf("a PDF: %v", err)
	}
}

func TestFetchContentTypes(t *testing.T) {
	md := "# Ferry fares frozen for a year\n\nThe island's ferry company said on *Wednesday* it would freeze fares until next summer, after a campaign by residents.\n"
	for _, tc := range []struct {
		ct, body, wantTitle string
		wantText            string
	}{
		{"text/html; charset=utf-8", fetchPage, "Ferry fares frozen for a year", "Helen Moss"},
		{"application/xhtml+xml", fetchPage, "Ferry fares frozen for a year", "Helen Moss"},
		{"text/markdown", md, "Ferry fares frozen for a year", "said on Wednesday"},
		{"text/x-markdown; charset=utf-8", md, "Ferry fares frozen for a year", "said on Wednesday"},
		{"text/plain", fetchPage, "Ferry fares frozen for a year", "Helen Moss"}, // HTML served as text: sniffed
		{"application/octet-stream", fetchPage, "Ferry fares frozen for a year", "Helen Moss"},
		{"", fetchPage, "Ferry fares frozen for a year", "Helen Moss"},
		{"text/html; charset", fetchPage, "Ferry fares frozen for a year", "Helen Moss"}, // a broken header: sniffed
	} {
		w := &fakeWeb{status: 200, body: tc.body, header: http.Header{"Content-Type": {tc.ct}}}
		a, err := w.fetcher().fetch(context.Background(), "https://example.com/ferry")
		if err != nil || a.Title != tc.wantTitle || !strings.Contains(a.Text, tc.wantText) || strings.Contains(a.Text, "*Wednesday*") || strings.Contains(a.Text, "<p>") {
			t.Errorf("Content-Type %q: %v, %+v", tc.ct, err, a)
		}
	}
}
