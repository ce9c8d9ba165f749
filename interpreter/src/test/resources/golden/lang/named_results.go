package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("div by zero")
		return
	}
	return a / b, a % b, nil
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		n += i
	}
	return n * 10
}

func multi() (int, string, bool) { return 1, "a", true }

func pass() (int, string, bool) { return multi() }

func consume(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	fmt.Println(split(17))
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(shadow(), counter())
	a, b, c := pass()
	fmt.Println(a, b, c)
	fmt.Println(consume(multi()))
	_, s, _ := multi()
	fmt.Println(s)
	var x, y int
	x, y = split(100)
	fmt.Println(x + y)
}
