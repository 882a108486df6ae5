package bot

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseScore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text     string
		min      int
		want     int
		accepted bool
	}{
		{"0", 0, 0, true},
		{"8", 0, 8, true},
		{"10", 0, 10, true},
		{" 8 ", 0, 8, true},
		{"\t8\n", 0, 8, true},
		{"\u00a08\u3000", 0, 8, true}, // no-break and ideographic spaces
		{"08", 0, 8, true},            // leading zeros are harmless
		{"0010", 0, 10, true},
		{"8/10", 0, 8, true},
		{"8 / 10", 0, 8, true},
		{"8/ 10", 0, 8, true},
		{"10/10", 0, 10, true},
		{"0/10", 0, 0, true},
		{"8 из 10", 0, 8, true},
		{"8 ИЗ 10", 0, 8, true},
		{"8из10", 0, 8, true},
		{"8 of 10", 0, 8, true},
		{"8 out of 10", 0, 8, true},
		{"8 Out Of 10", 0, 8, true},
		{"８", 0, 8, true},
		{"１０", 0, 10, true},
		{"８／１０", 0, 8, true},
		{"1", 1, 1, true},
		{"10", 1, 10, true},
		{"1/10", 1, 1, true},

		{"0", 1, 0, false}, // below a 1–10 scale
		{"-1", 0, 0, false},
		{"+8", 0, 0, false},
		{"11", 0, 0, false},
		{"100", 0, 0, false},
		{"7.5", 0, 0, false},
		{"7,5", 0, 0, false},
		{"8.", 0, 0, false},
		{"", 0, 0, false},
		{"   ", 0, 0, false},
		{"seven", 0, 0, false},
		{"восемь", 0, 0, false},
		{"8/9", 0, 0, false},
		{"8/100", 0, 0, false},
		{"8/", 0, 0, false},
		{"/10", 0, 0, false},
		{"8 10", 0, 0, false},
		{"8/10/10", 0, 0, false},
		{"8 of", 0, 0, false},
		{"about 8", 0, 0, false},
		{"8 points", 0, 0, false},
		{"8!", 0, 0, false},
		{"1e1", 0, 0, false},
		{"0x8", 0, 0, false},
		{"٨", 0, 0, false}, // Arabic-Indic digits are not on our list
		{"99999999999999999999999999999", 0, 0, false},
		{"8" + strings.Repeat(" ", 32), 0, 0, false}, // longer than 32 characters
		{strings.Repeat(" ", 31) + "8", 0, 8, true},  // exactly 32 characters
	}
	for _, tt := range tests {
		got, ok := ParseScore(tt.text, tt.min, ScaleMax)
		if got != tt.want || ok != tt.accepted {
			t.Errorf("ParseScore(%q, %d, 10) = %d, %v; want %d, %v", tt.text, tt.min, got, ok, tt.want, tt.accepted)
		}
	}
}

func TestParseScoreEveryButton(t *testing.T) {
	t.Parallel()
	for _, scaleMin := range []int{0, 1} {
		for _, b := range scaleButtons(scaleMin) {
			n, ok := ParseScore(b.Value, scaleMin, ScaleMax)
			if !ok || strconv.Itoa(n) != b.Value {
				t.Errorf("button %q on scale %d: got %d, %v", b.Value, scaleMin, n, ok)
			}
		}
	}
}

func TestParseScoreEmptyScale(t *testing.T) {
	t.Parallel()
	if n, ok := ParseScore("5", 6, 4); ok {
		t.Errorf("accepted %d on an empty scale", n)
	}
}

func FuzzParseScore(f *testing.F) {
	for _, s := range []string{"8", " 8/10 ", "8 из 10", "８／１０", "7.5", "-1", "08", "8 out of 10", ""} {
		f.Add(s, uint8(0), uint8(10))
	}
	f.Fuzz(func(t *testing.T, text string, lo, hi uint8) {
		scaleMin, scaleMax := int(lo%12), int(hi%12)
		n, ok := ParseScore(text, scaleMin, scaleMax)
		if !ok {
			if n != 0 {
				t.Fatalf("refused %q but returned %d", text, n)
			}
			return
		}
		if n < scaleMin || n > scaleMax {
			t.Fatalf("ParseScore(%q, %d, %d) = %d, off the scale", text, scaleMin, scaleMax, n)
		}
		if m, ok := ParseScore(strconv.Itoa(n), scaleMin, scaleMax); !ok || m != n {
			t.Fatalf("the plain number %d is not read back", n)
		}
	})
}
