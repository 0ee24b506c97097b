// Package summary gathers what the report says about one country or company,
// organised as the report treats it and cited item by item: a country's
// groups are the report's own parts, read off its structure and titled by
// its headings (the parts that treat countries one by one, the conclusions,
// the rest); a company's are its profile and its mentions elsewhere. It
// judges which country a passage is about from its text, not only from the
// label the report prints.
package summary
