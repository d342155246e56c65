import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { TopicHeader } from "./topic-header";

describe("TopicHeader", () => {
  it("names the topic, counts its articles and links the filtered list and the topic's feed", () => {
    render(
      <MemoryRouter>
        <TopicHeader
          topic={{ id: "sport", label: "Sport", articleCount: 1 }}
          feedHref="/topics/sport/feed.xml"
          listHref="/?topic=sport"
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Sport" })).toBeInTheDocument();
    expect(screen.getByText("1 article, newest first")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Filter the list by this topic" })).toHaveAttribute(
      "href",
      "/?topic=sport",
    );
    const feed = screen.getByRole("link", { name: "Atom feed of Sport" });
    expect(feed).toHaveAttribute("href", "/topics/sport/feed.xml");
    expect(feed).toHaveAttribute("type", "application/atom+xml");
  });
});
