# Build kh-parse in release and install the binary, its man page and its bash, zsh and fish completions.
#
#   make                                  build (swift build -c release)
#   sudo make install                     into /usr/local: bin/, share/man/man1/, the completion folders
#   make install PREFIX=$HOME/.local      elsewhere; DESTDIR=/tmp/stage for a package's staging root
#   sudo make uninstall                   remove what install put there (same PREFIX and DESTDIR)
#
# The man page is generated from the command definitions by swift-argument-parser's generate-manual plugin
# (Scripts/man-page.sh: `swift package plugin generate-manual`, keeping the Vietnamese letters); the completions
# by `kh-parse --generate-completion-script`. `make install-built` installs without building, from KH_PARSE and
# MANPAGE (the tests use it).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
CONFIGURATION ?= release
KH_PARSE ?= .build/$(CONFIGURATION)/kh-parse
MANPAGE ?= .build/kh-parse.1

bindir = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build install install-built uninstall

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION) --product kh-parse
	SWIFT=$(SWIFT) Scripts/man-page.sh $(MANPAGE) $(CONFIGURATION)

install: build
	$(MAKE) install-built

install-built:
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 "$(KH_PARSE)" "$(bindir)/kh-parse"
	install -m 644 "$(MANPAGE)" "$(man1dir)/kh-parse.1"
	"$(KH_PARSE)" --generate-completion-script bash > "$(bashdir)/kh-parse"
	"$(KH_PARSE)" --generate-completion-script zsh > "$(zshdir)/_kh-parse"
	"$(KH_PARSE)" --generate-completion-script fish > "$(fishdir)/kh-parse.fish"

uninstall:
	rm -f "$(bindir)/kh-parse" "$(man1dir)/kh-parse.1" "$(bashdir)/kh-parse" "$(zshdir)/_kh-parse" \
	  "$(fishdir)/kh-parse.fish"
