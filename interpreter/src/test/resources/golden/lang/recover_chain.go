package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			fmt.Println("is error:", ok)
			err = e
		}
	}()
	s := []int{1, 2, 3}
	return s[i], nil
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func noPanic() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
}

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		fmt.Println("indirect recover:", helper())
		fmt.Println("direct recover:", recover())
	}()
	panic("p")
}

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

func customErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(MyErr{"custom"})
}

func deferRunsAfterRecover() (out []string) {
	defer func() { out = append(out, "last") }()
	defer func() {
		recover()
		out = append(out, "recovered")
	}()
	out = append(out, "start")
	var m map[string]int
	m["x"] = 1
	out = append(out, "unreachable")
	return
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(index(1))
	v, err := index(5)
	fmt.Println(v, err)
	repanic()
	noPanic()
	indirect()
	err = customErr()
	var me MyErr
	fmt.Println(err, errors.As(err, &me), me.msg)
	fmt.Println(deferRunsAfterRecover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var p *struct{ X int }
		fmt.Println(p.X)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var i interface{} = "str"
		_ = i.(int)
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
	}()
	fmt.Println("done")
}
