package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 세!\t" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('a')), string(unicode.ToLower('Q')), unicode.ToUpper('세') == '세')
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.Is(unicode.Hangul, '세'), unicode.In('x', unicode.Latin))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('세'), utf8.RuneLen('😀'))
	b := []byte("세계")
	r, size := utf8.DecodeRune(b)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("ab세")
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneCount(b), utf8.Valid([]byte{0xff}), utf8.FullRune([]byte{0xec}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '😀')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, unicode.MaxRune)
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune('a'))
}
