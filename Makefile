# Briefing — build, run and test.
#
#   make run    the desktop app (installs what is missing first)
#   make test   every check CI runs (installs what is missing first)
#
# System packages come from apt-get (through sudo when not root); Go tools
# (staticcheck, fyne, nfpm, actionlint) are installed into ./.bin from the Go
# module proxy at pinned versions.

GO        ?= go
SHARED    ?= ../shared
BIN       := $(CURDIR)/.bin
export PATH := $(BIN):$(PATH)
export CGO_ENABLED := 1

# Fyne's desktop driver is cgo over GLFW/OpenGL: it needs a C compiler,
# pkg-config, the OpenGL and X11 headers. xvfb runs the app headless in the
# end-to-end check, x11-utils' xwininfo waits for its window and xdotool
# sends it keys; poppler-utils (pdftotext, pdftoppm) checks exported PDFs;
# dbus's daemon carries the fake desktop portal of the file dialogs' tests;
# python3 runs the scorer and the end-to-end check's first-frame probe.
APT_BUILD := gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev
APT_TEST  := xvfb xauth x11-utils imagemagick poppler-utils xdotool dbus python3
# Packaging (package-*, package-check): mingw-w64 cross-compiles the Windows
# executable; xz-utils packs the Linux tarball; wixl builds the MSI; file,
# desktop-file-utils, shared-mime-info (update-mime-database), groff-base
# (the manual page), rpm and msitools (msiinfo, msiextract) check the
# packages.
APT_PACKAGE := gcc-mingw-w64-x86-64 xz-utils file desktop-file-utils wixl msitools rpm \
               groff-base shared-mime-info


.PHONY: run test deps deps-test tools fmt-check vet staticcheck guard label-check unit build timing \
        e2e eval bench bench-instructions fuzz mutation clean deps-package actionlint golden-diff \
        package-linux package-deb package-rpm package-windows package-msi \
        package-check package-check-linux package-check-deb package-check-rpm \
        package-check-windows package-check-msi

run: deps
	$(GO) run ./cmd/briefing

# test runs every check: formatting, vet, staticcheck, the guard on each
# package's imports, the race-enabled unit tests, a build of the app, the
# timing promises and a one-run smoke of every benchmark without the race
# detector, the end-to-end check of the real window under Xvfb, the
# evaluation scores, and every package (the Windows cross-build is the
# slowest stage, so it is last).
test: deps deps-test deps-package tools fmt-check actionlint vet staticcheck guard label-check unit \
      build timing e2e eval package-check

deps:
	@./.ci/apt-install $(APT_BUILD)
	@./.ci/go-check

deps-test:
	@./.ci/apt-install $(APT_TEST)

deps-package:
	@./.ci/apt-install $(APT_PACKAGE)

tools: $(BIN)/staticcheck $(BIN)/fyne $(BIN)/nfpm $(BIN)/actionlint

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2

$(BIN)/fyne:
	GOBIN=$(BIN) $(GO) install fyne.io/tools/cmd/fyne@v1.7.4

# nfpm makes the .deb and .rpm (about 2 minutes to build cold).
$(BIN)/nfpm:
	GOBIN=$(BIN) $(GO) install github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0

$(BIN)/actionlint:
	GOBIN=$(BIN) $(GO) install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

# Every Go file gofmt-formatted; a file gofmt cannot parse fails it too.
fmt-check:
	@./.ci/fmt-check

vet:
	$(GO) vet ./...

staticcheck: tools
	staticcheck ./...

# Each package imports only what its stage of the pipeline may: the engine
# (brief/) no Fyne, PDF, network or file system; only gui/ and cmd/briefing
# use Fyne (the rules are in .ci/guard; a failing `go list` fails it too).
guard:
	@GO="$(GO)" ./.ci/guard

# No commit changes the engine (brief/*.go) and a hand label
# (brief/testdata/articles/*.json) or a floor (.ci/eval-floor) together: a
# label change is a commit of its own, with its reason. Needs the full
# history (it fails in a shallow clone).
label-check:
	@./.ci/label-check

# The unit tests use the nogui tag: the command-line tests then need no cgo
# (only fyne.io/fyne/v2/app pulls GLFW in), so -race does not rebuild GLFW.
# A package may take longer than go test's default 10 minutes with -race on
# a machine shared with other work (the gui package: 4 minutes on two cores
# beside a dozen other processes, over 10 beside more): 30 minutes each.
unit:
	$(GO) test -race -tags nogui -count=1 -timeout 30m ./...

build:
	$(GO) build -o $(BIN)/briefing ./cmd/briefing

# The timing promises — a 10-article PDF written in under 150 ms
# (TestWritePDFSize), a keystroke's search over 100,000 items in under
# 200 ms (TestSearch100kItemsKeepsUp) — skip under the race detector, which
# `unit` uses; this runs them without it, with every benchmark once
# (-benchtime 1x: a smoke run that they still work, not a measurement).
# After `build`, whose build cache it shares: ~5 s.
timing:
	$(GO) test -tags nogui -count=1 -run '^(TestWritePDFSize|TestSearch100kItemsKeepsUp)$$' \
		-bench . -benchtime 1x ./...

e2e: build
	./.ci/e2e-gui $(BIN)/briefing

eval: build
	@./.ci/eval-check $(SHARED)

# bench prints the README's speed table: the engine on real news (words/s,
# 1 MB against 5 MB), a library of 1,000 articles analysed and exported by
# the built command, adding one article to it, the search's keystrokes
# (p50, p99), and the machine. Its news text is read at run time from
# $(SHARED) and go-readability's test pages; rows without it are left out.
bench: build
	BRIEFING_SHARED=$(abspath $(SHARED)) $(GO) run ./tools/bench -bin $(BIN)/briefing

# bench-instructions counts the instructions of the news benchmark's loop
# under callgrind (tools/newsloop): a figure that does not move with the
# machine's speed, for judging what a change costs. Installs valgrind.
bench-instructions:
	@./.ci/apt-install valgrind
	BRIEFING_SHARED=$(abspath $(SHARED)) $(GO) build -o $(BIN)/newsloop ./tools/newsloop
	BRIEFING_SHARED=$(abspath $(SHARED)) ./tools/newsloop/instructions.sh $(BIN)/newsloop

# golden-diff shows what the engine's current output adds to and removes
# from each golden analysis (brief/testdata/golden), in words, with what the
# article's label makes of each item, and the items a golden keeps that the
# label calls wrong; REV=HEAD compares with the goldens of a commit (after
# -update=golden). Its summary goes in every commit that updates goldens.
golden-diff:
	@$(GO) run ./tools/goldendiff $(if $(REV),-rev $(REV))

# mutation runs mutation testing (github.com/go-gremlins/gremlins, installed
# into ./.bin) over the packages that keep the user's files and read the
# web and the page: brief/library, brief/load, brief/page, one at a time,
# with the nogui tag. Each mutant is the package's tests run once more on a
# changed copy of its code, so this takes hours on two cores: it is not part
# of `make test`. MUTATION_PKGS=load runs one package. A mutant's time limit
# is a multiple of the coverage run's (uncached: -count=1); 30 leaves room
# for compiling the package's tests again on a busy machine, where a small
# multiple counts slow builds as mutants that hang.
MUTATION_PKGS ?= library load page
mutation: $(BIN)/gremlins
	@for p in $(MUTATION_PKGS); do \
		echo "== brief/$$p"; \
		GOFLAGS=-count=1 gremlins unleash --tags nogui --workers 1 --timeout-coefficient 30 ./brief/$$p || exit 1; \
	done

$(BIN)/gremlins:
	GOBIN=$(BIN) $(GO) install github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0

fuzz:
	$(GO) test -tags nogui -run '^$$' -fuzz FuzzParse -fuzztime 30s ./brief/load/
	$(GO) test -tags nogui -run '^$$' -fuzz FuzzSegment -fuzztime 30s ./brief/

# Installable packages in dist/ (see tools/package). The Linux tarball and
# the Windows executable are made by fyne package from the top-level
# FyneApp.toml; the Linux one reuses the build cache of `make build`/`make
# run`, the Windows one is cross-built with mingw-w64. The .deb and .rpm are
# made by nfpm from the tarball's files (tools/nfpm.yaml), the MSI by wixl
# from the executable (tools/briefing.wxs).
package-linux: deps deps-package $(BIN)/fyne
	./tools/package linux

package-deb: package-linux $(BIN)/nfpm
	./tools/package deb

package-rpm: package-linux $(BIN)/nfpm
	./tools/package rpm

package-windows: deps deps-package $(BIN)/fyne
	./tools/package windows

package-msi: package-windows
	./tools/package msi

# package-check makes every package and checks it as a user gets it (the
# .deb is installed with dpkg -i and removed again).
package-check: package-check-linux package-check-deb package-check-rpm \
               package-check-windows package-check-msi

package-check-linux: package-linux
	./.ci/package-check linux

package-check-deb: package-deb
	./.ci/package-check deb

package-check-rpm: package-deb package-rpm
	./.ci/package-check rpm

package-check-windows: package-windows
	./.ci/package-check windows

package-check-msi: package-msi
	./.ci/package-check msi

# The release workflow (.github/workflows/release.yml) must be valid.
actionlint: $(BIN)/actionlint
	actionlint

clean:
	rm -rf $(BIN) dist
