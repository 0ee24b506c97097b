// Package summary gathers what the report says about one country or company,
// organised as the report treats it (policy surveys, introduction,
// implications; a company's profile and its mentions elsewhere) and cited
// item by item. It judges which country a passage is about from its text, not
// only from the label the report prints.
package summary
