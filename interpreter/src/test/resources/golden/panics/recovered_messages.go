package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	i := 5
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = a[1:i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = a[i:]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		j := 2
		_ = a[j:1]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s := "hey"
		_ = s[i:]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = a[:2:i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var arr [4]int
		k := -1
		_ = arr[k+i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var m map[string][]int
		m["a"] = append(m["a"], 1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		x := 0
		fmt.Println(10 % x)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		n := -5
		_ = make([]int, 0, n)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var e error
		fmt.Println(e.Error())
	}()
}
