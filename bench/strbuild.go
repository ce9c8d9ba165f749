package main

import (
	"fmt"
	"strings"
)

// String building: a Builder, byte appends and concatenation of short strings.
func main() {
	var sb strings.Builder
	for i := 0; i < 2_000_000; i++ {
		sb.WriteString("lane")
		sb.WriteByte(byte('0' + i%10))
	}
	s := sb.String()
	b := []byte{}
	for i := 0; i < len(s); i += 5 {
		b = append(b, s[i+4])
	}
	short := ""
	for i := 0; i < 2000; i++ {
		short += string(rune('a' + i%26))
	}
	fmt.Println(len(s), len(b), len(short), strings.Count(s, "lane9"))
}
