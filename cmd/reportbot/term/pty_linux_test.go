package term

import (
	"os"
	"strconv"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal of the given size and returns its
// terminal side, or skips the test where the system has none.
func openPTY(t *testing.T, cols int) *os.File {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	ioctl := func(f *os.File, req uintptr, arg unsafe.Pointer) error {
		if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
			return errno
		}
		return nil
	}
	var unlock int32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Skipf("unlock pseudo-terminal: %v", err)
	}
	var n uint32
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Skipf("pseudo-terminal number: %v", err)
	}
	tty, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	size := struct{ rows, cols, x, y uint16 }{24, uint16(cols), 0, 0}
	if err := ioctl(tty, syscall.TIOCSWINSZ, unsafe.Pointer(&size)); err != nil {
		t.Fatalf("set the pseudo-terminal's size: %v", err)
	}
	return tty
}

// TestTerminalPTY: a real terminal is one, unless TERM says it is dumb; its
// width is read from it; raw mode is entered and left.
func TestTerminalPTY(t *testing.T) {
	tty := openPTY(t, 57)
	tests := []struct {
		name string
		term string
		want bool
	}{
		{"xterm", "xterm-256color", true},
		{"no TERM", "", true},
		{"dumb", "dumb", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, got := Terminal(tty, tty, func(string) string { return tc.term })
			if got != tc.want {
				t.Fatalf("got terminal %v, want %v", got, tc.want)
			}
			if !got {
				return
			}
			if w := c.Width(); w != 57 {
				t.Errorf("got width %d, want 57", w)
			}
			if err := c.MakeRaw(); err != nil {
				t.Fatalf("MakeRaw: %v", err)
			}
			if err := c.ExitRaw(); err != nil {
				t.Fatalf("ExitRaw: %v", err)
			}
		})
	}
}
