package main

import "fmt"

type Point struct{ X, Y int }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	defer func() {
		panic(Code(7))
	}()
	panic(3.5)
}
