package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/briefing-app/briefing/brief"
)

// fetchTimeout is how long Fetch waits for a page, from the request to the
// last byte.
const fetchTimeout = 30 * time.Second

// Reasons an address cannot be fetched. The error Fetch returns is a
// *Error that wraps one of these (or a network error).
var (
	errNotWebAddress = errors.New("only http:// and https:// addresses can be opened")
	errHTTPStatus    = errors.New("the server did not return the page")
	errTimeout       = errors.New("the page took too long to arrive")
)

// fetcher downloads articles from the web. The zero value is ready to use
// with the default limits; the tests set smaller ones.
type fetcher struct {
	// client makes the requests; nil uses a client with the timeout. The
	// tests put one here whose Transport answers without a network.
	client *http.Client
	// maxSize is the largest page accepted; 0 means maxArticleSize.
	maxSize int64
	// timeout bounds the whole download; 0 means fetchTimeout.
	timeout time.Duration
}

// Fetch downloads the article at a web address with the default limits.
func Fetch(ctx context.Context, rawURL string) (*brief.Article, error) {
	return (&fetcher{}).fetch(ctx, rawURL)
}

// fetch downloads the page at rawURL and reads its article. Only http and
// https addresses are followed (redirects included), the page must arrive
// within the timeout and be no larger than the size limit, and it must be
// HTML, plain text or Markdown. The article's Path is the page's final
// address and its Site defaults to the host name.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (*brief.Article, error) {
	rawURL = strings.TrimSpace(rawURL)
	u, err := url.Parse(rawURL)
	// A user name and password in the address are used for the request
	// but never shown or kept: messages and the article's Path name the
	// address without them.
	shown := RedactURL(rawURL)
	if err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" && strings.Contains(rawURL, ":/") {
		return nil, &Error{shown, errNotWebAddress}
	}
	if err != nil || u.Host == "" {
		if err == nil && u.Scheme == "" && !strings.Contains(rawURL, "://") && strings.Contains(rawURL, ".") {
			// "example.com/story" without a scheme: assume https.
			return f.fetch(ctx, "https://"+rawURL)
		}
		return nil, &Error{shown, fmt.Errorf("%q is not a web address", rawURL)}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &Error{shown, errNotWebAddress}
	}
	maxSize := f.maxSize
	if maxSize <= 0 {
		maxSize = maxArticleSize
	}
	timeout := f.timeout
	if timeout <= 0 {
		timeout = fetchTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	client := http.Client{Timeout: timeout}
	if f.client != nil {
		client = *f.client
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return errNotWebAddress
		}
		if len(via) >= 10 {
			return errors.New("the page redirects too many times")
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{shown, err}
	}
	req.Header.Set("User-Agent", "Briefing/1 (+desktop news briefing app)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, &Error{shown, fetchReason(ctx, err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{shown, fmt.Errorf("%w (%s)", errHTTPStatus, resp.Status)}
	}
	if resp.ContentLength > maxSize {
		return nil, &Error{shown, errTooLarge}
	}
	format, err := formatOfContentType(resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, &Error{shown, err}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxSize+1))
	if err != nil {
		return nil, &Error{shown, fetchReason(ctx, err)}
	}
	if int64(len(data)) > maxSize {
		return nil, &Error{shown, errTooLarge}
	}
	final := *resp.Request.URL
	final.User = nil
	a, err := Parse(final.String(), data, format)
	if err != nil {
		return nil, err
	}
	if a.Site == "" {
		a.Site = strings.TrimPrefix(resp.Request.URL.Hostname(), "www.")
	}
	return a, nil
}

// RedactURL returns a web address without the user name and password it
// may hold ("https://user:secret@host/a" is "https://host/a"), for showing
// and keeping; anything that does not parse as an address with a host is
// returned as it is.
func RedactURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.User == nil || u.Host == "" {
		return s
	}
	u.User = nil
	return u.String()
}

// formatOfContentType maps a Content-Type header to the format to read; an
// empty or generic type leaves the guess to the content.
func formatOfContentType(ct string) (Format, error) {
	if ct == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", nil
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return FormatHTML, nil
	case mt == "text/markdown" || mt == "text/x-markdown":
		return FormatMarkdown, nil
	case mt == "text/plain":
		return "", nil // plain text is often HTML served carelessly: sniff it
	case mt == "application/octet-stream":
		return "", nil
	}
	return "", fmt.Errorf("%w (the page is %s)", errUnsupported, mt)
}

// fetchReason phrases a network error for the user.
func fetchReason(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return errTimeout
	}
	if errors.Is(err, errNotWebAddress) {
		return errNotWebAddress
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return errTimeout
		}
		// The *Error names the address already (without a password,
		// which the url.Error's own words may still hold the user of).
		return ue.Err
	}
	return err
}
