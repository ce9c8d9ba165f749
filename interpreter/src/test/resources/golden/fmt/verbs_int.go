package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b|%#b\n", 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("%c|%q|%U|%#U\n", 'A', 'A', 0x1F600, 'x')
	fmt.Printf("%d|%x|%d\n", -42, -255, int8(-128))
	fmt.Printf("%08.3d|%.0d|%.3d\n", 7, 0, 7)
	fmt.Printf("%v|%v|%v\n", uint8(200), int64(-1), uint64(18446744073709551615))
	fmt.Printf("%6.2x|%-8b|\n", 10, 5)
	fmt.Printf("%x|%X\n", []byte{1, 171}, "hi")
	fmt.Printf("%c%c%c\n", 0xC138, 0xACC4, 0x21)
	fmt.Printf("%q\n", []rune{'a', '\n', '세'})
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%5t|%-6v|\n", true, false)
	fmt.Printf("%%|%c\n", 'z')
	var u uintptr = 4096
	fmt.Printf("%d %x %v\n", u, u, u)
	type Code int
	fmt.Printf("%d %v %x\n", Code(7), Code(8), Code(255))
}
