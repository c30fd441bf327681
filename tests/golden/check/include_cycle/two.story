include one.story
