package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
}

type T struct{ name string }

func (t T) Close()     { fmt.Println("close", t.name) }
func (t *T) PClose()   { fmt.Println("pclose", t.name) }

func methods() {
	t := T{"a"}
	defer t.Close()
	defer t.PClose()
	t.name = "b"
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested")
}

func main() {
	args()
	fmt.Println(double())
	loop()
	fmt.Println()
	methods()
	nested()
	func() {
		defer fmt.Println("1")
		defer fmt.Println("2")
		fmt.Println("0")
	}()
	var f func()
	f = func() { fmt.Println("f called") }
	defer f()
	f = func() { fmt.Println("replaced") }
	fmt.Println("end main")
}
