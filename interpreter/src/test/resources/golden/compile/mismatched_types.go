package main

import "fmt"

type Meters int
type Feet int

func main() {
	var i int = 1
	var f float64 = 2
	var m Meters = 3
	var ft Feet = 4
	fmt.Println(i + f)
	fmt.Println(m + ft)
	fmt.Println("a" + 1)
	fmt.Println(i == "x")
	var s []int
	var t []int
	fmt.Println(s == t)
}
