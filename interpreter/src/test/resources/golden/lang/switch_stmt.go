package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func days(d string) int {
	switch d {
	case "sat", "sun":
		return 0
	case "mon":
		fallthrough
	case "tue":
		return 1
	}
	return 2
}

func ft(n int) {
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
		fallthrough
	default:
		fmt.Print("default ")
	case 3:
		fmt.Print("three ")
	}
	fmt.Println()
}

func calls() int {
	fmt.Print("calls ")
	return 2
}

func main() {
	for _, n := range []int{-5, 0, 5, 50} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(days("sun"), days("mon"), days("tue"), days("wed"))
	ft(1)
	ft(2)
	ft(3)
	ft(9)
	switch x := calls(); x {
	case 1:
		fmt.Println("1")
	case calls():
		fmt.Println("matched second")
	}
	switch {
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x>2")
		if x == 3 {
			break
		}
		fmt.Println("unreached")
	}
	var i interface{} = 3.5
	switch v := i.(type) {
	case int, float64:
		fmt.Printf("%T %v\n", v, v)
	}
	switch c := 'b'; c {
	case 'a', 'b', 'c':
		fmt.Println("abc")
	}
	type Kind uint8
	const (
		A Kind = iota
		B
	)
	k := B
	switch k {
	case A:
		fmt.Println("A")
	case B:
		fmt.Println("B")
	}
	s := []int{1, 2}
	switch len(s) {
	case 0:
	case 2:
		fmt.Println("two elems")
	}
}
