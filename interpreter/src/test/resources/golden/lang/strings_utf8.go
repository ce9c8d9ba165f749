package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "hello, 세계"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[0], s[7], string(s[0]), s[:5], s[7:10])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := range "가나다" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(len(b), b[7:])
	rs := []rune(s)
	fmt.Println(len(rs), rs[7:], string(rs[7:]))
	fmt.Println(string(rune(54620)), string(rune(-1)), string([]byte{65, 66, 67}))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(len(bad), []rune(bad))
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "가" > "z")
	fmt.Println(`raw\n` + "\ttab")
	fmt.Println("\u00e9", "\U0001F600", "\x41", '\'', "\"q\"")
	var empty string
	fmt.Println(len(empty), empty == "")
	fmt.Printf("%q %x % x\n", "세계", "세계", "hi")
	for _, c := range []byte("세") {
		fmt.Print(c, " ")
	}
	fmt.Println()
	h := "héllo"
	fmt.Println(h[1], h[1:3], len(h[1:3]))
	r, size := utf8.DecodeRuneInString("세계")
	fmt.Println(r, size, string(r))
	fmt.Println(utf8.RuneLen('세'), utf8.ValidString(bad), utf8.ValidString(s))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '계')
	fmt.Println(buf)
}
