package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a b  c", " "))
	fmt.Printf("%q\n", strings.Fields(" a  b c "))
	fmt.Printf("%q\n", strings.SplitN("a:b:c", ":", -1))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("x", "y"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToUpper("straße"))
	fmt.Println(strings.Count("cheese", "e"), strings.ContainsAny("failure", "ui"))
	fmt.Println(strings.TrimLeft("xxhelloxx", "x"), strings.TrimRight("xxhelloxx", "x"), strings.Trim("  hi  ", " "))
	for _, s := range []string{"42", "-7", "+3", "0x10", "1e3", " 5", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(s, n, err)
	}
	for _, s := range []string{"3.5", "-0", "inf", "NaN", "1e400", ".5", "1_0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(strconv.FormatInt(-8, 2), strconv.Quote("tab\there"), strconv.Itoa(1<<40))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(strings.Title("hello world"), strings.Repeat("-", 0) == "")
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.HasPrefix("", ""), strings.Contains("", ""), strings.Index("", ""))
}
