package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("a", "b", 1, 2, nil, []int{})
	fmt.Println()
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s, len(s))
	fmt.Print(fmt.Sprintln("line", 1))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 1, "x")
	fmt.Println(n)
	fmt.Fprint(os.Stdout, "fprint", 1, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 2)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 3)
	fmt.Fprintln(os.Stderr, "again")
	str := fmt.Sprintf("%v|%v", struct{ A, B int }{1, 2}, &struct{ C string }{"c"})
	fmt.Println(str)
	e := fmt.Errorf("code %d: %s", 404, "missing")
	fmt.Println(e.Error())
	fmt.Print()
	fmt.Print("no newline at end")
}
