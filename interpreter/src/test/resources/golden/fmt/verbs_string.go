package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%x|% x|%X\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "세계\n", "세계", "back`tick", "raw")
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s|%q\n", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%5.2s|%-5.1s|\n", "abc", "xyz")
	fmt.Printf("%c|%s\n", 'é', string([]rune{0x1F600}))
	fmt.Printf("%q %q %q\n", '\'', '"', "\x00\x7f")
	fmt.Printf("%x %X\n", "세", []string{"ab", "c"})
	fmt.Printf("%10q|%-10q|\n", "a", "b")
	fmt.Printf("%s %s\n", "multi\nline", "tab\tbed")
	fmt.Printf("%v|%s\n", "", "")
	fmt.Printf("%.0s|%.10s\n", "gone", "short")
	fmt.Println(fmt.Sprintf("%s=%d", "k", 1), fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprintln("x", 1))
	fmt.Printf("%s\n", "\xff\xfe")
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Printf("%+q\n", "\xffé")
}
